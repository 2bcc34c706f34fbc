;; The loops of a scoped jieba dictionary (scoped-dict.ts) as WebAssembly. They run once per CLI call,
;; over the task texts and 5 MB of dictionary (or its index), before V8 has optimised any JavaScript: as
;; JavaScript they took ≈30 ms of a call, here ≈10, or ≈5 through the index (the module compiles in under a
;; millisecond). Compiled to dict-scan-wasm.ts by test/tools/wasm-modules.mjs.
;;
;; Memory layout (bytes, little-endian bit order: bit k of a set is bit k & 7 of byte k >> 3):
;;   [0, 139264)        CHARS: one bit per code point
;;   [139264, 663552)   PAIRS: Bloom filter of adjacent character pairs, 2^22 bits, one hash
;;   [663552, ...)      work area: text to add, or a dictionary (index) chunk followed by the kept lines
(module
  (memory (export "memory") 11)
  ;; frequency sum of the lines `scan` dropped (f64, exact for integers as JavaScript numbers are)
  (global $dropped (export "dropped") (mut f64) (f64.const 0))
  ;; where `walk` stopped: the first record it did not take whole
  (global $walked (export "walked") (mut i32) (i32.const 0))

  ;; Add the code points of the UTF-8 text [$p, $end) to CHARS and their adjacent pairs to PAIRS. The UTF-8
  ;; decoding (no validation, as in scoped-dict.ts) and the pair hash (scoped-dict.ts pairHash) are written
  ;; out in both loops: a call per character costs Liftoff-compiled code more than the work itself.
  (func (export "add") (param $p i32) (param $end i32)
    (local $b i32) (local $c i32) (local $prev i32) (local $bit i32)
    (local.set $prev (i32.const -1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $b (i32.load8_u (local.get $p)))
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then (local.set $c (local.get $b)) (local.set $p (i32.add (local.get $p) (i32.const 1))))
          (else (if (i32.lt_u (local.get $b) (i32.const 0xe0))
            (then
              (local.set $c (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x1f)) (i32.const 6))
                                    (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f))))
              (local.set $p (i32.add (local.get $p) (i32.const 2))))
            (else (if (i32.lt_u (local.get $b) (i32.const 0xf0))
              (then
                (local.set $c (i32.or (i32.or
                  (i32.shl (i32.and (local.get $b) (i32.const 0x0f)) (i32.const 12))
                  (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
                  (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f))))
                (local.set $p (i32.add (local.get $p) (i32.const 3))))
              (else
                (local.set $c (i32.or (i32.or (i32.or
                  (i32.shl (i32.and (local.get $b) (i32.const 0x07)) (i32.const 18))
                  (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 12)))
                  (i32.shl (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
                  (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0x3f))))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))))))))
        (i32.store8 (i32.shr_u (local.get $c) (i32.const 3))
          (i32.or (i32.load8_u (i32.shr_u (local.get $c) (i32.const 3)))
                  (i32.shl (i32.const 1) (i32.and (local.get $c) (i32.const 7)))))
        (if (i32.ge_s (local.get $prev) (i32.const 0))
          (then
            ;; imul(imul(prev, K1) ^ imul(c, K2), K3) >>> (32 - 22)
            (local.set $bit (i32.shr_u (i32.mul (i32.xor (i32.mul (local.get $prev) (i32.const 0x9e3779b1))
                                                         (i32.mul (local.get $c) (i32.const 0x85ebca6b)))
                                                (i32.const 0x2545f491))
                                       (i32.const 10)))
            (i32.store8 offset=139264 (i32.shr_u (local.get $bit) (i32.const 3))
              (i32.or (i32.load8_u offset=139264 (i32.shr_u (local.get $bit) (i32.const 3)))
                      (i32.shl (i32.const 1) (i32.and (local.get $bit) (i32.const 7)))))))
        (local.set $prev (local.get $c))
        (br $next))))

  ;; Scan the dictionary lines (`word freq tag`) in [$p, $n), which ends at a line end or the end of the
  ;; file. A line is kept when every adjacent pair of its word is in PAIRS (a one-character word: when the
  ;; character is in CHARS); kept lines are copied, each with a newline, to $out, and the end of the copy
  ;; is returned. The frequencies of dropped lines are added to $dropped. The memory must hold 32 bytes
  ;; past $n: a line is located with masks of its first 32 bytes (one compare per kind of byte instead of
  ;; a branch per byte, which the 350,000 lines of varying length mostly mispredict), and read byte by byte
  ;; only when it is longer, or is the last line of the file without a newline.
  (func $scan (export "scan") (param $p i32) (param $n i32) (param $out i32) (result i32)
    (local $start i32) (local $prev i32) (local $count i32) (local $first i32) (local $keep i32)
    (local $b i32) (local $c i32) (local $d i32) (local $bit i32) (local $freq f64) (local $len i32)
    (local $v0 v128) (local $v1 v128) (local $newlines i32) (local $spaces i32) (local $digits i32)
    (local $lineEnd i32) (local $fast i32) (local $k i32)
    (block $eof
      (loop $line
        (br_if $eof (i32.ge_u (local.get $p) (local.get $n)))
        (local.set $start (local.get $p))
        (local.set $count (i32.const 0))
        (local.set $keep (i32.const 1))
        ;; the word: up to the first space, tab or line end; stop at the first pair not in PAIRS
        (block $wordEnd
          (loop $char
            (br_if $wordEnd (i32.ge_u (local.get $p) (local.get $n)))
            (local.set $b (i32.load8_u (local.get $p)))
            (br_if $wordEnd
              (i32.or (i32.or (i32.eq (local.get $b) (i32.const 32)) (i32.eq (local.get $b) (i32.const 10)))
                      (i32.or (i32.eq (local.get $b) (i32.const 9)) (i32.eq (local.get $b) (i32.const 13)))))
            (if (i32.lt_u (local.get $b) (i32.const 0x80))
              (then (local.set $c (local.get $b)) (local.set $p (i32.add (local.get $p) (i32.const 1))))
              (else (if (i32.lt_u (local.get $b) (i32.const 0xe0))
                (then
                  (local.set $c (i32.or (i32.shl (i32.and (local.get $b) (i32.const 0x1f)) (i32.const 6))
                                        (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f))))
                  (local.set $p (i32.add (local.get $p) (i32.const 2))))
                (else (if (i32.lt_u (local.get $b) (i32.const 0xf0))
                  (then
                    (local.set $c (i32.or (i32.or
                      (i32.shl (i32.and (local.get $b) (i32.const 0x0f)) (i32.const 12))
                      (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
                      (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f))))
                    (local.set $p (i32.add (local.get $p) (i32.const 3))))
                  (else
                    (local.set $c (i32.or (i32.or (i32.or
                      (i32.shl (i32.and (local.get $b) (i32.const 0x07)) (i32.const 18))
                      (i32.shl (i32.and (i32.load8_u offset=1 (local.get $p)) (i32.const 0x3f)) (i32.const 12)))
                      (i32.shl (i32.and (i32.load8_u offset=2 (local.get $p)) (i32.const 0x3f)) (i32.const 6)))
                      (i32.and (i32.load8_u offset=3 (local.get $p)) (i32.const 0x3f))))
                    (local.set $p (i32.add (local.get $p) (i32.const 4)))))))))
            (if (i32.eqz (local.get $count))
              (then (local.set $first (local.get $c)))
              (else
                ;; imul(imul(prev, K1) ^ imul(c, K2), K3) >>> (32 - 22)
                (local.set $bit (i32.shr_u (i32.mul (i32.xor (i32.mul (local.get $prev) (i32.const 0x9e3779b1))
                                                             (i32.mul (local.get $c) (i32.const 0x85ebca6b)))
                                                    (i32.const 0x2545f491))
                                           (i32.const 10)))
                (if (i32.eqz (i32.and (i32.load8_u offset=139264 (i32.shr_u (local.get $bit) (i32.const 3)))
                                      (i32.shl (i32.const 1) (i32.and (local.get $bit) (i32.const 7)))))
                  (then (local.set $keep (i32.const 0)) (br $wordEnd)))))
            (local.set $prev (local.get $c))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))
            (br $char)))
        (if (i32.and (local.get $keep) (i32.eq (local.get $count) (i32.const 1)))
          (then (local.set $keep (i32.and (i32.shr_u (i32.load8_u (i32.shr_u (local.get $first) (i32.const 3)))
                                                 (i32.and (local.get $first) (i32.const 7)))
                                      (i32.const 1)))))
        ;; bit i of each mask: byte $start + i is a newline / a space / a digit
        (local.set $v0 (v128.load (local.get $start)))
        (local.set $v1 (v128.load offset=16 (local.get $start)))
        (local.set $newlines (i32.or
          (i8x16.bitmask (i8x16.eq (local.get $v0) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))
          (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v1) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10))) (i32.const 16))))
        (local.set $lineEnd (i32.add (local.get $start) (i32.ctz (local.get $newlines))))
        ;; the masks hold the line end, which is not past $n, and the word did not run past it
        (local.set $fast (i32.and (i32.and
          (i32.ne (local.get $newlines) (i32.const 0))
          (i32.le_u (local.get $lineEnd) (local.get $n)))
          (i32.le_u (local.get $p) (local.get $lineEnd))))
        (if (i32.eqz (local.get $keep))
          (then
            (if (local.get $fast)
              (then
                (local.set $spaces (i32.or
                  (i8x16.bitmask (i8x16.eq (local.get $v0) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))
                  (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v1) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))) (i32.const 16))))
                (local.set $digits (i32.or
                  (i8x16.bitmask (i8x16.le_u
                    (i8x16.sub (local.get $v0) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48))
                    (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9)))
                  (i32.shl (i8x16.bitmask (i8x16.le_u
                    (i8x16.sub (local.get $v1) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48))
                    (v128.const i8x16 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9))) (i32.const 16))))
                ;; as the scalar loops below: the first space or newline from where the word stopped, then the
                ;; first byte after the spaces, then the end of the digits (each found by the newline at the latest)
                (local.set $k (i32.ctz (i32.and (i32.or (local.get $spaces) (local.get $newlines))
                                                (i32.shl (i32.const -1) (i32.sub (local.get $p) (local.get $start))))))
                (local.set $k (i32.ctz (i32.and (i32.xor (local.get $spaces) (i32.const -1))
                                                (i32.shl (i32.const -1) (local.get $k)))))
                (local.set $len (i32.ctz (i32.and (i32.xor (local.get $digits) (i32.const -1))
                                                  (i32.shl (i32.const -1) (local.get $k)))))
                (local.set $p (i32.add (local.get $start) (local.get $k)))
                (local.set $len (i32.add (local.get $start) (local.get $len)))
                (local.set $freq (f64.const 0))
                (block $b0 (loop $l0
                  (br_if $b0 (i32.ge_u (local.get $p) (local.get $len)))
                  (local.set $freq (f64.add (f64.mul (local.get $freq) (f64.const 10))
                                            (f64.convert_i32_u (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l0))))
              (else
                ;; the frequency: past the rest of the word and the spaces after it
                (block $b1 (loop $l1
                  (br_if $b1 (i32.ge_u (local.get $p) (local.get $n)))
                  (local.set $b (i32.load8_u (local.get $p)))
                  (br_if $b1 (i32.or (i32.eq (local.get $b) (i32.const 32)) (i32.eq (local.get $b) (i32.const 10))))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l1)))
                (block $b2 (loop $l2
                  (br_if $b2 (i32.ge_u (local.get $p) (local.get $n)))
                  (br_if $b2 (i32.ne (i32.load8_u (local.get $p)) (i32.const 32)))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l2)))
                (local.set $freq (f64.const 0))
                (block $b3 (loop $l3
                  (br_if $b3 (i32.ge_u (local.get $p) (local.get $n)))
                  ;; unsigned: a byte below '0' wraps around and ends the number too
                  (local.set $d (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
                  (br_if $b3 (i32.gt_u (local.get $d) (i32.const 9)))
                  (local.set $freq (f64.add (f64.mul (local.get $freq) (f64.const 10)) (f64.convert_i32_u (local.get $d))))
                  (local.set $p (i32.add (local.get $p) (i32.const 1)))
                  (br $l3)))))
            (global.set $dropped (f64.add (global.get $dropped) (local.get $freq)))))
        ;; the rest of the line
        (if (local.get $fast)
          (then (local.set $p (local.get $lineEnd)))
          (else
            (block $b4 (loop $l4
              (br_if $b4 (i32.ge_u (local.get $p) (local.get $n)))
              (br_if $b4 (i32.eq (i32.load8_u (local.get $p)) (i32.const 10)))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br $l4)))))
        (if (i32.and (local.get $keep) (i32.gt_s (local.get $count) (i32.const 0)))
          (then
            (local.set $len (i32.sub (local.get $p) (local.get $start)))
            (memory.copy (local.get $out) (local.get $start) (local.get $len))
            (i32.store8 (i32.add (local.get $out) (local.get $len)) (i32.const 10))
            (local.set $out (i32.add (i32.add (local.get $out) (local.get $len)) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $line)))
    (local.get $out))

  ;; Walk the records of a dictionary index (dict-index.ts) in [$p, $n). A record is a 16-byte header — key
  ;; (u32), byte length of its lines (u32), frequency sum of its lines (f64) — then those lines. The key is a
  ;; bit of CHARS and PAIRS taken as one set (PAIRS starts at bit 0x110000): the code point of one-character
  ;; words, or the pair bit of the first two characters. A record whose bit is clear holds no line `scan`
  ;; would keep: only its sum is added to $dropped. The others are scanned. Stops at the first record not
  ;; wholly in [$p, $n), whose start is left in $walked; returns the end of the kept lines copied to $out on.
  (func (export "walk") (param $p i32) (param $n i32) (param $out i32) (result i32)
    (local $key i32) (local $len i32) (local $body i32)
    (block $done
      (loop $record
        (br_if $done (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $n)))
        (local.set $len (i32.load offset=4 (local.get $p)))
        (local.set $body (i32.add (local.get $p) (i32.const 16)))
        (br_if $done (i32.gt_u (local.get $len) (i32.sub (local.get $n) (local.get $body))))
        (local.set $key (i32.load (local.get $p)))
        (if (i32.and (i32.load8_u (i32.shr_u (local.get $key) (i32.const 3))) (i32.shl (i32.const 1) (i32.and (local.get $key) (i32.const 7))))
          (then (local.set $out (call $scan (local.get $body) (i32.add (local.get $body) (local.get $len)) (local.get $out))))
          (else (global.set $dropped (f64.add (global.get $dropped) (f64.load offset=8 (local.get $p))))))
        (local.set $p (i32.add (local.get $body) (local.get $len)))
        (br $record)))
    (global.set $walked (local.get $p))
    (local.get $out))
)
