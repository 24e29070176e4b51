/**
 * Extension identity for self-hosted Chrome and Edge builds (Node only).
 *
 * Chrome derives an extension's id from its public key: the first 128 bits of
 * the SHA-256 of the DER-encoded SubjectPublicKeyInfo, written with the
 * letters a–p for the hex digits 0–f. The manifest's `key` is that DER in
 * base64. The repository holds only the public key (deploy/keys/varsam.pub);
 * the private key that signs .crx files stays with whoever publishes them.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PUBLIC_KEY_FILE = fileURLToPath(new URL('../keys/varsam.pub', import.meta.url));
export const GECKO_ID = 'varsam@varsam.no';

/** DER SubjectPublicKeyInfo of a PEM public key, or of the public half of a PEM private key. */
export function publicKeyDer(pem: string): Buffer {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' });
}

/** The manifest `key` value (base64 DER). */
export function manifestKey(pem: string): string {
  return publicKeyDer(pem).toString('base64');
}

export function extensionIdFromDer(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  let id = '';
  for (const ch of hex) id += String.fromCharCode(0x61 + parseInt(ch, 16));
  return id;
}

export function extensionIdFromPem(pem: string): string {
  return extensionIdFromDer(publicKeyDer(pem));
}

/** The id of the extension as built from this repository (or with VARSAM_PUBLIC_KEY). */
export function defaultExtensionId(): string {
  return extensionIdFromPem(readFileSync(process.env.VARSAM_PUBLIC_KEY || DEFAULT_PUBLIC_KEY_FILE, 'utf8'));
}
