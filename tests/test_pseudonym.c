/* test_pseudonym.c - tests of cli/core/pseudonym.c: HMAC-SHA256 pseudonyms.
 *
 * Expected MACs: RFC 4231 (Identifiers and Test Vectors for HMAC-SHA-224,
 * HMAC-SHA-256, HMAC-SHA-384 and HMAC-SHA-512), section 4, HMAC-SHA-256
 * lines of test cases 1 to 7; case 5 is published truncated to 128 bits.
 * Each value also checked with Python 3.11 hmac.new(key, data,
 * hashlib.sha256).hexdigest() (OpenSSL), which agrees on all seven. */
#include "test_util.h"
#include "cli/core/pseudonym.h"

#include <stdint.h>

struct vector {
	int tc;                 /* RFC 4231 test case */
	uint8_t key[131];
	size_t keylen;
	const char *data;
	const char *mac;        /* hex; case 5: the first 128 bits only */
};

static const char tc7_data[] =
	"This is a test using a larger than block-size key and a larger than block-size data. "
	"The key needs to be hashed before being used by the HMAC algorithm.";

static struct vector vectors[7];

static void fill(uint8_t *k, size_t n, uint8_t b)
{
	memset(k, b, n);
}

static void setup_vectors(void)
{
	static char dd[51], cd[51];
	memset(dd, 0xdd, 50);
	memset(cd, 0xcd, 50);
	struct vector *v = vectors;
	v[0] = (struct vector){ 1, { 0 }, 20, "Hi There",
		"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" };
	fill(v[0].key, 20, 0x0b);
	v[1] = (struct vector){ 2, "Jefe", 4, "what do ya want for nothing?",
		"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" };
	v[2] = (struct vector){ 3, { 0 }, 20, dd,
		"773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" };
	fill(v[2].key, 20, 0xaa);
	v[3] = (struct vector){ 4, { 0 }, 25, cd,
		"82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" };
	for (int i = 0; i < 25; i++)
		v[3].key[i] = (uint8_t)(i + 1);
	v[4] = (struct vector){ 5, { 0 }, 20, "Test With Truncation",
		"a3b6167473100ee06e0c796c2955552b" };
	fill(v[4].key, 20, 0x0c);
	v[5] = (struct vector){ 6, { 0 }, 131, "Test Using Larger Than Block-Size Key - Hash Key First",
		"60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" };
	fill(v[5].key, 131, 0xaa);
	v[6] = (struct vector){ 7, { 0 }, 131, tc7_data,
		"9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" };
	fill(v[6].key, 131, 0xaa);
}

static void to_hex(const uint8_t *b, size_t n, char *out)
{
	for (size_t i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", b[i]);
}

static void test_rfc4231(void **state)
{
	(void)state;
	setup_vectors();
	for (size_t i = 0; i < 7; i++) {
		const struct vector *v = &vectors[i];
		struct cs_pseudonym p;
		uint8_t mac[CS_HMAC_SHA256_SIZE];
		char hex[2 * CS_HMAC_SHA256_SIZE + 1];
		cs_pseudonym_init(&p, v->key, v->keylen);
		/* twice: the context must come back to the keyed state */
		for (int round = 0; round < 2; round++) {
			cs_pseudonym_mac(&p, v->data, strlen(v->data), mac);
			to_hex(mac, sizeof mac, hex);
			if (strncmp(hex, v->mac, strlen(v->mac)) != 0)
				fail_msg("RFC 4231 case %d, round %d: got %s, expected %s", v->tc, round, hex, v->mac);
			/* the pseudonym is the first 16 digits of the MAC */
			char ps[CS_PSEUDONYM_HEX + 1];
			cs_pseudonym_hex(&p, v->data, strlen(v->data), ps);
			assert_int_equal(strlen(ps), CS_PSEUDONYM_HEX);
			assert_memory_equal(ps, v->mac, CS_PSEUDONYM_HEX);
		}
		cs_pseudonym_wipe(&p);
	}
}

static void test_same_and_different_keys(void **state)
{
	(void)state;
	uint8_t k1[32], k2[32];
	for (int i = 0; i < 32; i++)
		k1[i] = (uint8_t)i, k2[i] = (uint8_t)i;
	k2[31] ^= 1;
	struct cs_pseudonym a, b, c;
	cs_pseudonym_init(&a, k1, sizeof k1);
	cs_pseudonym_init(&b, k1, sizeof k1);
	cs_pseudonym_init(&c, k2, sizeof k2);
	const char *values[] = { "1", "Иванова", "+7 701 000 00 00", "", "a\"b,c\n" };
	for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
		char pa[CS_PSEUDONYM_HEX + 1], pb[CS_PSEUDONYM_HEX + 1], pc[CS_PSEUDONYM_HEX + 1];
		cs_pseudonym_hex(&a, values[i], strlen(values[i]), pa);
		cs_pseudonym_hex(&b, values[i], strlen(values[i]), pb);
		cs_pseudonym_hex(&c, values[i], strlen(values[i]), pc);
		assert_string_equal(pa, pb);
		assert_string_not_equal(pa, pc);
		assert_int_equal(strspn(pa, "0123456789abcdef"), CS_PSEUDONYM_HEX);
	}
	/* the value's bytes as they are: a trailing blank makes another pseudonym */
	char p1[CS_PSEUDONYM_HEX + 1], p2[CS_PSEUDONYM_HEX + 1];
	cs_pseudonym_hex(&a, "42", 2, p1);
	cs_pseudonym_hex(&a, "42 ", 3, p2);
	assert_string_not_equal(p1, p2);
	/* wiping leaves nothing of the key */
	cs_pseudonym_wipe(&a);
	static const struct cs_pseudonym zero;
	assert_memory_equal(&a, &zero, sizeof a);
	cs_pseudonym_wipe(&b);
	cs_pseudonym_wipe(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc4231),
		cmocka_unit_test(test_same_and_different_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
