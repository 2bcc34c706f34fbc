import type { DocumentRef, PolicyDocument } from '../model/index.js';

/** The short reference to a document used in report pairs and levels. */
export function documentRefOf(doc: PolicyDocument): DocumentRef {
  const ref: DocumentRef = { title: doc.title, level: doc.level, genre: doc.genre };
  if (doc.region !== undefined) ref.region = doc.region;
  if (doc.name !== undefined) ref.name = doc.name;
  return ref;
}
