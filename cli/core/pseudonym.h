/* pseudonym.h - keyed pseudonyms for identifiers.
 *
 * A pseudonym is HMAC-SHA256 (RFC 2104 with SHA-256, FIPS 180-4; computed
 * by nettle) of the value's bytes under a secret key, written as the first
 * CS_PSEUDONYM_HEX lowercase hexadecimal digits.  The same key and value
 * always give the same pseudonym, so tables stay linkable; without the key
 * nobody can recompute them, which a plain hash of a phone number or case
 * id would allow by trying every candidate.
 *
 * Sixteen digits are 64 bits: among n distinct values the chance that any
 * two share a pseudonym is about n^2 / 2^65 -- 3e-8 for a million ids,
 * 3e-6 for ten million.
 *
 * No I/O and no printing.  The caller owns every buffer; the key context
 * holds material derived from the key, so wipe it when done. */
#ifndef CS_PSEUDONYM_H
#define CS_PSEUDONYM_H

#include <stddef.h>
#include <stdint.h>
#include <nettle/hmac.h>

#define CS_PSEUDONYM_HEX 16            /* digits in a pseudonym (64 bits) */
#define CS_PSEUDONYM_KEY_MIN 32        /* bytes a key must have (256 bits) */
#define CS_HMAC_SHA256_SIZE 32         /* bytes in a full HMAC-SHA256 */

struct cs_pseudonym {
	struct hmac_sha256_ctx hmac;   /* keyed state, reused for every value */
};

/* Prepare the keyed hash; the key bytes may be wiped afterwards.  Any key
 * length works here (the RFC 4231 vectors use 4 to 131 bytes); the command
 * line insists on CS_PSEUDONYM_KEY_MIN. */
void cs_pseudonym_init(struct cs_pseudonym *p, const uint8_t *key, size_t keylen);

/* The full HMAC-SHA256 of s[0..len) under the key. */
void cs_pseudonym_mac(struct cs_pseudonym *p, const void *s, size_t len,
		      uint8_t mac[CS_HMAC_SHA256_SIZE]);

/* The pseudonym of s[0..len): CS_PSEUDONYM_HEX hex digits and a NUL. */
void cs_pseudonym_hex(struct cs_pseudonym *p, const void *s, size_t len,
		      char out[CS_PSEUDONYM_HEX + 1]);

/* Overwrite the keyed state with zeros. */
void cs_pseudonym_wipe(struct cs_pseudonym *p);

#endif
