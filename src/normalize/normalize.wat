;; The two passes of normalizeText (normalize.ts, whose JavaScript is the reference this must equal, code
;; unit for code unit and offset for offset) as WebAssembly. They run over every document once per CLI
;; call, before V8 has optimised any JavaScript: ≈5 ms a document as JavaScript, well under 1 here.
;; Compiled to normalize-wasm.ts by test/tools/wasm-modules.mjs.
;;
;; Memory layout (bytes) for a text of n UTF-16 code units, set by `normalize`:
;;   [0, 65536)   TRADITIONAL: 1 for a BMP code unit OpenCC converts on its own (markTraditional, once)
;;   [65536, …)   the text (2n), its kinds (n), the classes of the nearest significant character on the right
;;                (3 × n), then, 4-aligned, starts (4(n+1)), ends (4(n+1)) and the output text (2n)
(module
  (memory (export "memory") 2)
  (global $startsAt (export "startsAt") (mut i32) (i32.const 0))
  (global $endsAt (export "endsAt") (mut i32) (i32.const 0))
  (global $outAt (export "outAt") (mut i32) (i32.const 0))

  ;; kinds (normalize.ts Kind) and significant-neighbour classes
  ;; Break 0, Space 1, Han 2, Digit 3, Word 4, Punct 5; NONE 0, HAN 1, WORD 2

  ;; char-class.ts isZeroWidth
  (func $zeroWidth (param $c i32) (result i32)
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0xfeff))
                    (i32.le_u (i32.sub (local.get $c) (i32.const 0x200b)) (i32.const 2)))
            (i32.or (i32.eq (local.get $c) (i32.const 0x2060)) (i32.eq (local.get $c) (i32.const 0xad)))))

  ;; normalize.ts kindOf, from char-class.ts (test/normalize-wasm.test.ts compares all 65,536 code units)
  (func $kind (export "kind") (param $c i32) (result i32)
    ;; the main CJK block first: most of a document
    (if (i32.le_u (i32.sub (local.get $c) (i32.const 0x4e00)) (i32.const 0x51ff)) (then (return (i32.const 2))))
    ;; isLineBreak: LF, CR, NEL, U+2028, U+2029
    (if (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x0a)) (i32.eq (local.get $c) (i32.const 0x0d)))
                (i32.or (i32.eq (local.get $c) (i32.const 0x85))
                        (i32.le_u (i32.sub (local.get $c) (i32.const 0x2028)) (i32.const 1))))
      (then (return (i32.const 0))))
    ;; isFoldableSpace or isZeroWidth
    (if (i32.or
          (i32.or
            (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x09)))
                    (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 0x0b)) (i32.const 1))
                            (i32.eq (local.get $c) (i32.const 0xa0))))
            (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x3000))
                            (i32.le_u (i32.sub (local.get $c) (i32.const 0x2000)) (i32.const 0x0a)))
                    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x202f)) (i32.eq (local.get $c) (i32.const 0x205f)))
                            (i32.eq (local.get $c) (i32.const 0x1680)))))
          (call $zeroWidth (local.get $c)))
      (then (return (i32.const 1))))
    ;; isIdeograph: extension A, compatibility ideographs, surrogates, 〇
    (if (i32.or (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 0x3400)) (i32.const 0x19bf))
                        (i32.le_u (i32.sub (local.get $c) (i32.const 0xf900)) (i32.const 0x1ff)))
                (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 0xd800)) (i32.const 0x7ff))
                        (i32.eq (local.get $c) (i32.const 0x3007))))
      (then (return (i32.const 2))))
    ;; isAnyDigit: ASCII and full-width digits
    (if (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 9))
                (i32.le_u (i32.sub (local.get $c) (i32.const 0xff10)) (i32.const 9)))
      (then (return (i32.const 3))))
    ;; isWordChar: Latin letters, half- and full-width, and Latin-1 / Extended-A/B letters but × and ÷
    (if (i32.or
          (i32.or (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 0x41)) (i32.const 25))
                          (i32.le_u (i32.sub (local.get $c) (i32.const 0x61)) (i32.const 25)))
                  (i32.or (i32.le_u (i32.sub (local.get $c) (i32.const 0xff21)) (i32.const 25))
                          (i32.le_u (i32.sub (local.get $c) (i32.const 0xff41)) (i32.const 25))))
          (i32.and (i32.le_u (i32.sub (local.get $c) (i32.const 0xc0)) (i32.const 0x18f))
                   (i32.and (i32.ne (local.get $c) (i32.const 0xd7)) (i32.ne (local.get $c) (i32.const 0xf7)))))
      (then (return (i32.const 4))))
    (i32.const 5))

  ;; normalize.ts nextClass
  (func $next (param $last i32) (param $kind i32) (param $skipDigits i32) (param $skipPunct i32) (result i32)
    (if (i32.eqz (local.get $kind)) (then (return (i32.const 0))))
    (if (i32.eq (local.get $kind) (i32.const 1)) (then (return (local.get $last))))
    (if (i32.eq (local.get $kind) (i32.const 2)) (then (return (i32.const 1))))
    (if (i32.eq (local.get $kind) (i32.const 3))
      (then (return (select (local.get $last) (i32.const 2) (local.get $skipDigits)))))
    (if (i32.eq (local.get $kind) (i32.const 4)) (then (return (i32.const 2))))
    (select (local.get $last) (i32.const 0) (local.get $skipPunct)))

  ;; Normalise the n code units at 65536; returns the output length (see normalize.ts for the rules).
  (func (export "normalize") (param $n i32) (result i32)
    (local $in i32) (local $kinds i32) (local $rs i32) (local $rsn i32) (local $rso i32)
    (local $starts i32) (local $ends i32) (local $out i32)
    (local $i i32) (local $c i32) (local $kind i32) (local $len i32) (local $prefix i32)
    (local $sig i32) (local $sigNoDigit i32) (local $solid i32)
    (local $leftSig i32) (local $leftSigNoDigit i32) (local $leftSolid i32) (local $code i32) (local $end i32)
    (local.set $in (i32.const 65536))
    (local.set $kinds (i32.add (local.get $in) (i32.shl (local.get $n) (i32.const 1))))
    (local.set $rs (i32.add (local.get $kinds) (local.get $n)))
    (local.set $rsn (i32.add (local.get $rs) (local.get $n)))
    (local.set $rso (i32.add (local.get $rsn) (local.get $n)))
    (local.set $starts (i32.and (i32.add (i32.add (local.get $rso) (local.get $n)) (i32.const 3)) (i32.const -4)))
    (local.set $ends (i32.add (local.get $starts) (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 2))))
    (local.set $out (i32.add (local.get $ends) (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 2))))
    (global.set $startsAt (local.get $starts))
    (global.set $endsAt (local.get $ends))
    (global.set $outAt (local.get $out))

    ;; right to left: kinds, and the classes on the right of each character
    (local.set $i (local.get $n))
    (block $done1
      (loop $back
        (br_if $done1 (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (local.set $kind (call $kind (i32.load16_u (i32.add (local.get $in) (i32.shl (local.get $i) (i32.const 1))))))
        (i32.store8 (i32.add (local.get $kinds) (local.get $i)) (local.get $kind))
        (i32.store8 (i32.add (local.get $rs) (local.get $i)) (local.get $sig))
        (i32.store8 (i32.add (local.get $rsn) (local.get $i)) (local.get $sigNoDigit))
        (i32.store8 (i32.add (local.get $rso) (local.get $i)) (local.get $solid))
        (if (i32.eq (local.get $kind) (i32.const 2))
          (then (local.set $sig (i32.const 1)) (local.set $sigNoDigit (i32.const 1)) (local.set $solid (i32.const 1)))
          (else
            (local.set $sig (call $next (local.get $sig) (local.get $kind) (i32.const 0) (i32.const 1)))
            (local.set $sigNoDigit (call $next (local.get $sigNoDigit) (local.get $kind) (i32.const 1) (i32.const 1)))
            (local.set $solid (call $next (local.get $solid) (local.get $kind) (i32.const 0) (i32.const 0)))))
        (br $back)))

    ;; left to right: the output, with the classes on the left carried along
    (local.set $sig (i32.const 0)) (local.set $sigNoDigit (i32.const 0)) (local.set $solid (i32.const 0))
    (local.set $i (i32.const 0))
    (block $done2
      (loop $forward
        (br_if $done2 (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $c (i32.load16_u (i32.add (local.get $in) (i32.shl (local.get $i) (i32.const 1)))))
        (local.set $kind (i32.load8_u (i32.add (local.get $kinds) (local.get $i))))
        (local.set $leftSig (local.get $sig))
        (local.set $leftSigNoDigit (local.get $sigNoDigit))
        (local.set $leftSolid (local.get $solid))
        ;; what to push: $code for [$i, $end), or nothing when $end stays 0
        (local.set $end (i32.const 0))
        (block $decided
          (if (i32.eq (local.get $kind) (i32.const 2))
            (then
              ;; an ideograph as it is (traditional ones are converted after this pass)
              (local.set $sig (i32.const 1)) (local.set $sigNoDigit (i32.const 1)) (local.set $solid (i32.const 1))
              (local.set $prefix (i32.const 2))
              (local.set $code (local.get $c))
              (local.set $end (i32.add (local.get $i) (i32.const 1)))
              (br $decided)))
          (local.set $sig (call $next (local.get $sig) (local.get $kind) (i32.const 0) (i32.const 1)))
          (local.set $sigNoDigit (call $next (local.get $sigNoDigit) (local.get $kind) (i32.const 1) (i32.const 1)))
          (local.set $solid (call $next (local.get $solid) (local.get $kind) (i32.const 0) (i32.const 0)))
          (if (i32.eqz (local.get $kind))
            (then
              ;; a line break: CRLF as one LF
              (local.set $code (i32.const 0x0a))
              (local.set $end (i32.add (local.get $i) (i32.const 1)))
              (if (i32.and (i32.eq (local.get $c) (i32.const 0x0d)) (i32.lt_u (local.get $end) (local.get $n)))
                (then (if (i32.eq (i32.load16_u (i32.add (local.get $in) (i32.shl (local.get $end) (i32.const 1))))
                                  (i32.const 0x0a))
                        (then (local.set $end (i32.add (local.get $end) (i32.const 1)))))))
              (local.set $prefix (i32.const 0))
              (br $decided)))
          (if (i32.eq (local.get $kind) (i32.const 1))
            (then
              ;; whitespace: one space between two Latin words survives (at the start of a run of spaces)
              (br_if $decided (call $zeroWidth (local.get $c)))
              (if (i32.and
                    (i32.or (i32.eqz (local.get $i))
                            (i32.ne (i32.load8_u (i32.sub (i32.add (local.get $kinds) (local.get $i)) (i32.const 1))) (i32.const 1)))
                    (i32.and (i32.eq (local.get $leftSolid) (i32.const 2))
                             (i32.eq (i32.load8_u (i32.add (local.get $rso) (local.get $i))) (i32.const 2))))
                (then (local.set $code (i32.const 0x20)) (local.set $end (i32.add (local.get $i) (i32.const 1)))))
              (br $decided)))
          ;; the line prefix: 0 nothing yet, 1 digits only so far, 2 anything else
          (if (i32.eq (local.get $kind) (i32.const 3))
            (then (local.set $prefix (select (i32.const 2) (i32.const 1) (i32.eq (local.get $prefix) (i32.const 2)))))
            (else (if (i32.eqz (i32.and (i32.eq (local.get $c) (i32.const 0x3001)) (i32.eq (local.get $prefix) (i32.const 1))))
              (then (local.set $prefix (i32.const 2))))))
          (local.set $end (i32.add (local.get $i) (i32.const 1)))
          ;; TO_FULL_WIDTH: ! ( ) , : ; ? become their full-width forms (+ 0xfee0) in Chinese context
          (if (i32.or (i32.or (i32.or (i32.eq (local.get $c) (i32.const 0x21)) (i32.eq (local.get $c) (i32.const 0x2c)))
                              (i32.or (i32.eq (local.get $c) (i32.const 0x3a)) (i32.eq (local.get $c) (i32.const 0x3b))))
                      (i32.or (i32.eq (local.get $c) (i32.const 0x3f))
                              (i32.le_u (i32.sub (local.get $c) (i32.const 0x28)) (i32.const 1))))
            (then
              (local.set $code (local.get $c))
              ;; brackets skip digits when looking for the nearest character: (1)加强 reads as Chinese
              (if (select
                    (i32.or (i32.eq (local.get $leftSigNoDigit) (i32.const 1))
                            (i32.eq (i32.load8_u (i32.add (local.get $rsn) (local.get $i))) (i32.const 1)))
                    (i32.or (i32.eq (local.get $leftSig) (i32.const 1))
                            (i32.eq (i32.load8_u (i32.add (local.get $rs) (local.get $i))) (i32.const 1)))
                    (i32.le_u (i32.sub (local.get $c) (i32.const 0x28)) (i32.const 1)))
                (then (local.set $code (i32.add (local.get $c) (i32.const 0xfee0)))))
              (br $decided)))
          ;; 1、 at the start of a line → 1.
          (if (i32.and (i32.eq (local.get $c) (i32.const 0x3001)) (i32.eq (local.get $prefix) (i32.const 1)))
            (then (local.set $code (i32.const 0x2e)) (local.set $prefix (i32.const 2)) (br $decided)))
          ;; foldFullWidth: U+FF01..U+FF5E to ASCII, but the canonical full-width punctuation above
          (local.set $code (local.get $c))
          (if (i32.le_u (i32.sub (local.get $c) (i32.const 0xff01)) (i32.const 0x5d))
            (then
              (local.set $code (i32.sub (local.get $c) (i32.const 0xfee0)))
              (if (i32.or (i32.or (i32.or (i32.eq (local.get $code) (i32.const 0x21)) (i32.eq (local.get $code) (i32.const 0x2c)))
                                  (i32.or (i32.eq (local.get $code) (i32.const 0x3a)) (i32.eq (local.get $code) (i32.const 0x3b))))
                          (i32.or (i32.eq (local.get $code) (i32.const 0x3f))
                                  (i32.le_u (i32.sub (local.get $code) (i32.const 0x28)) (i32.const 1))))
                (then (local.set $code (local.get $c)))))))
        (if (local.get $end)
          (then
            (i32.store16 (i32.add (local.get $out) (i32.shl (local.get $len) (i32.const 1))) (local.get $code))
            (i32.store (i32.add (local.get $starts) (i32.shl (local.get $len) (i32.const 2))) (local.get $i))
            (i32.store (i32.add (local.get $ends) (i32.shl (local.get $len) (i32.const 2))) (local.get $end))
            (local.set $len (i32.add (local.get $len) (i32.const 1)))
            (local.set $i (local.get $end)))
          (else (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (br $forward)))
    (i32.store (i32.add (local.get $starts) (i32.shl (local.get $len) (i32.const 2))) (local.get $n))
    (i32.store (i32.add (local.get $ends) (i32.shl (local.get $len) (i32.const 2))) (local.get $n))
    (local.get $len))

  ;; Mark the n code units at 65536 (traditional-chars.ts) in TRADITIONAL; surrogates are skipped, as astral
  ;; characters are left to traditional.ts.
  (func (export "markTraditional") (param $n i32)
    (local $p i32) (local $end i32) (local $c i32)
    (local.set $p (i32.const 65536))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load16_u (local.get $p)))
        (if (i32.gt_u (i32.sub (local.get $c) (i32.const 0xd800)) (i32.const 0x7ff))
          (then (i32.store8 (local.get $c) (i32.const 1))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $next))))

  ;; 1 when the output may hold a character OpenCC converts: a BMP one in TRADITIONAL, or any high surrogate
  ;; (astral ones are left to traditional.ts); 0 when simplification would change nothing.
  (func (export "mayHaveTraditional") (param $len i32) (result i32)
    (local $p i32) (local $end i32) (local $c i32)
    (local.set $p (global.get $outAt))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $len) (i32.const 1))))
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load16_u (local.get $p)))
        (if (i32.or (i32.load8_u (local.get $c)) (i32.le_u (i32.sub (local.get $c) (i32.const 0xd800)) (i32.const 0x3ff)))
          (then (return (i32.const 1))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $next)))
    (i32.const 0))
)
