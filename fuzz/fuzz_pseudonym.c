/* fuzz_pseudonym.c - libFuzzer target: the pseudonymizer (cli/core/pseudonym.c,
 * cli/io/csv_pseudonymize.c).
 *
 * Input: 32 key bytes, one mode byte, then CSV bytes.
 * Invariants: the keyed hash equals HMAC-SHA256 built here by hand from
 * nettle's SHA-256 (RFC 2104: H(K^opad || H(K^ipad || m))) and the
 * pseudonym is its first 16 hex digits; a copy of the CSV that replaces
 * column a (and b) either fails with a proper error, exactly when reading
 * the input fails, or has the input's header and rows, the replaced cells
 * empty where the input's are and equal to the pseudonym of the input's
 * value elsewhere, every other cell unchanged; the copy reads back.  Input
 * that is not text to casestat (a PDF, zip or UTF-16 mark in the head) is
 * read as what it is, so only the form of the result is checked. */
#include "fuzz_util.h"
#include "cli/core/pseudonym.h"
#include "cli/io/csv_pseudonymize.h"
#include "cli/io/input.h"
#include "cli/io/sheet.h"

#include <nettle/sha2.h>

#define KEYLEN 32

static void hmac_by_hand(const uint8_t *key, size_t keylen, const uint8_t *m, size_t n,
			 uint8_t out[SHA256_DIGEST_SIZE])
{
	uint8_t k[SHA256_BLOCK_SIZE] = { 0 }, pad[SHA256_BLOCK_SIZE], inner[SHA256_DIGEST_SIZE];
	struct sha256_ctx h;
	if (keylen > SHA256_BLOCK_SIZE) {
		sha256_init(&h);
		sha256_update(&h, keylen, key);
		sha256_digest(&h, SHA256_DIGEST_SIZE, k);
	} else {
		memcpy(k, key, keylen);
	}
	for (size_t i = 0; i < SHA256_BLOCK_SIZE; i++)
		pad[i] = k[i] ^ 0x36;
	sha256_init(&h);
	sha256_update(&h, sizeof pad, pad);
	sha256_update(&h, n, m);
	sha256_digest(&h, sizeof inner, inner);
	for (size_t i = 0; i < SHA256_BLOCK_SIZE; i++)
		pad[i] = k[i] ^ 0x5c;
	sha256_init(&h);
	sha256_update(&h, sizeof pad, pad);
	sha256_update(&h, sizeof inner, inner);
	sha256_digest(&h, SHA256_DIGEST_SIZE, out);
}

static void hex16(const uint8_t *mac, char out[CS_PSEUDONYM_HEX + 1])
{
	for (size_t i = 0; i < CS_PSEUDONYM_HEX / 2; i++)
		snprintf(out + 2 * i, 3, "%02x", mac[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < KEYLEN + 1)
		return 0;
	const uint8_t *key = data;
	unsigned mode = data[KEYLEN];
	const uint8_t *csv = data + KEYLEN + 1;
	size_t n = size - KEYLEN - 1;

	/* the keyed hash against the construction by hand, twice in a row */
	struct cs_pseudonym ps;
	cs_pseudonym_init(&ps, key, KEYLEN);
	uint8_t mac[CS_HMAC_SHA256_SIZE], ref[SHA256_DIGEST_SIZE];
	char p[CS_PSEUDONYM_HEX + 1], want[CS_PSEUDONYM_HEX + 1];
	hmac_by_hand(key, KEYLEN, csv, n, ref);
	for (int round = 0; round < 2; round++) {
		cs_pseudonym_mac(&ps, csv, n, mac);
		FUZZ_CHECK(memcmp(mac, ref, sizeof mac) == 0);
		cs_pseudonym_hex(&ps, csv, n, p);
		hex16(ref, want);
		FUZZ_CHECK(strlen(p) == CS_PSEUDONYM_HEX && strcmp(p, want) == 0);
	}

	/* the CSV copy */
	static const char *const names[] = { "a", "b", "a" };
	size_t ncols = 1 + (mode % 3);
	const char *path = fuzz_path(csv, n);
	char *out = NULL;
	size_t outlen = 0;
	FILE *fp = open_memstream(&out, &outlen);
	FUZZ_CHECK(fp);
	struct cs_err err = { 0 };
	struct cs_input form = { .delim = ',' };
	int rc = cs_pseudonymize_csv(path, &form, names, ncols, &ps, fp, NULL, &err);
	FUZZ_CHECK(fclose(fp) == 0);
	if (cs_file_sniff(csv, n < CS_SNIFF_BYTES ? n : CS_SNIFF_BYTES) != CS_FILE_TEXT) {
		if (rc)
			fuzz_check_error(rc, &err);
		free(out);
		cs_pseudonym_wipe(&ps);
		return 0;
	}

	struct fuzz_table in, copy;
	struct cs_err err2;
	int rc_in = fuzz_table_read(&in, path, &err2);
	if (rc) {
		fuzz_check_error(rc, &err);
		/* refused: bad input, or no (or a doubled) column a or b */
		if (rc_in == 0) {
			int na = 0, nb = 0;
			for (size_t c = 0; c < in.ncols; c++) {
				na += strcmp(in.cell[c], "a") == 0;
				nb += strcmp(in.cell[c], "b") == 0;
			}
			FUZZ_CHECK(na != 1 || (ncols > 1 && nb != 1));
		}
	} else {
		FUZZ_CHECK(rc_in == 0);
		FUZZ_CHECK(fuzz_table_read(&copy, fuzz_path((const uint8_t *)out, outlen), &err2) == 0);
		FUZZ_CHECK(copy.ncols == in.ncols && copy.nrows == in.nrows && copy.ncells == in.ncells);
		for (size_t c = 0; c < in.ncols; c++) {
			const char *name = fuzz_cell(&in, 0, c, NULL);
			int replaced = strcmp(name, "a") == 0 || (ncols > 1 && strcmp(name, "b") == 0);
			FUZZ_CHECK(strcmp(fuzz_cell(&copy, 0, c, NULL), name) == 0);
			for (size_t r = 1; r <= in.nrows; r++) {
				size_t li, lc;
				const char *vi = fuzz_cell(&in, r, c, &li), *vc = fuzz_cell(&copy, r, c, &lc);
				if (replaced && li > 0) {
					cs_pseudonym_hex(&ps, vi, li, p);
					FUZZ_CHECK(lc == CS_PSEUDONYM_HEX && strcmp(vc, p) == 0);
				} else {
					FUZZ_CHECK(li == lc && memcmp(vi, vc, li) == 0);
				}
			}
		}
		fuzz_table_free(&copy);
	}
	fuzz_table_free(&in);
	free(out);
	cs_pseudonym_wipe(&ps);
	return 0;
}
