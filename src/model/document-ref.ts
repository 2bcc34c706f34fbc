import type { DocumentRef, PolicyDocument } from './document.js';

/** The short reference to a document carried by alignments and report pairs. */
export function documentRef(doc: PolicyDocument): DocumentRef {
  const ref: DocumentRef = { title: doc.title, level: doc.level, genre: doc.genre };
  if (doc.region !== undefined) ref.region = doc.region;
  if (doc.name !== undefined) ref.name = doc.name;
  return ref;
}
