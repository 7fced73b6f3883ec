/* pseudonym.c - keyed pseudonyms: HMAC-SHA256 through nettle (see pseudonym.h). */
#include "cli/core/pseudonym.h"

#include <string.h>

void cs_pseudonym_init(struct cs_pseudonym *p, const uint8_t *key, size_t keylen)
{
	hmac_sha256_set_key(&p->hmac, keylen, key);
}

void cs_pseudonym_mac(struct cs_pseudonym *p, const void *s, size_t len,
		      uint8_t mac[CS_HMAC_SHA256_SIZE])
{
	/* digest() also resets the context to the keyed start state */
	hmac_sha256_update(&p->hmac, len, s);
	hmac_sha256_digest(&p->hmac, CS_HMAC_SHA256_SIZE, mac);
}

void cs_pseudonym_hex(struct cs_pseudonym *p, const void *s, size_t len,
		      char out[CS_PSEUDONYM_HEX + 1])
{
	static const char hex[] = "0123456789abcdef";
	uint8_t mac[CS_HMAC_SHA256_SIZE];
	cs_pseudonym_mac(p, s, len, mac);
	for (size_t i = 0; i < CS_PSEUDONYM_HEX / 2; i++) {
		out[2 * i] = hex[mac[i] >> 4];
		out[2 * i + 1] = hex[mac[i] & 15];
	}
	out[CS_PSEUDONYM_HEX] = '\0';
	explicit_bzero(mac, sizeof mac);
}

void cs_pseudonym_wipe(struct cs_pseudonym *p)
{
	explicit_bzero(p, sizeof *p);
}
