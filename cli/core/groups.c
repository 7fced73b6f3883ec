/* groups.c - open-addressing hash table of groups (see groups.h). */
#include "cli/core/groups.h"
#include "cli/core/cachelines.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void cs_groups_init(struct cs_groups *g, size_t value_size)
{
	memset(g, 0, sizeof *g);
	g->value_size = value_size;
}

void cs_groups_free(struct cs_groups *g)
{
	for (size_t i = 0; i < g->n; i++)
		free(g->key[i]);
	void *const arrays[] = { g->key, g->keylen, g->words, g->values, g->slots };
	for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++)
		free(arrays[i]);
	memset(g, 0, sizeof *g);
}

/* A label of up to 16 bytes is determined by its length and two words:
 * its first and last 8 bytes (4 when shorter than 8; the bytes at 0, len/2
 * and len-1 when shorter than 4), so such labels are hashed and compared
 * without a loop or a call (the lookup is made once per row). */
struct cs_key_words {
	uint64_t a, b;
};

static inline uint64_t load8(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	return w;
}

static inline uint64_t load4(const char *s)
{
	uint32_t w;
	memcpy(&w, s, 4);
	return w;
}

static inline struct cs_key_words key_words(const char *s, size_t len)
{
	struct cs_key_words k = { 0, 0 };
	const unsigned char *u = (const unsigned char *)s;
	if (len >= 8)
		k.a = load8(s), k.b = load8(s + len - 8);
	else if (len >= 4)
		k.a = load4(s), k.b = load4(s + len - 4);
	else if (len > 0)
		k.a = u[0] | (uint64_t)u[len / 2] << 8 | (uint64_t)u[len - 1] << 16;
	return k;
}

/* Multiply-and-mix; adversarial collisions are not a concern. */
static inline uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xFF51AFD7ED558CCDull;
	return h ^ (h >> 32);
}

static inline uint64_t hash(const char *s, size_t len, struct cs_key_words k)
{
	uint64_t h = mix(0x9E3779B97F4A7C15ull ^ len, k.a);
	for (size_t i = 8; i + 8 < len; i += 8)        /* the middle of long labels */
		h = mix(h, load8(s + i));
	h = (h ^ k.b) * 0xC4CEB9FE1A85EC53ull;
	return h ^ (h >> 29);
}

static inline int same_key(const struct cs_groups *g, size_t i, const char *s, size_t len,
			   struct cs_key_words k)
{
	return g->keylen[i] == len && g->words[i].a == k.a && g->words[i].b == k.b &&
	       (len <= 16 || memcmp(g->key[i], s, len) == 0);
}

static int rehash(struct cs_groups *g, size_t nslots)
{
	size_t *slots = calloc(nslots, sizeof *slots);
	if (!slots)
		return -1;
	for (size_t i = 0; i < g->n; i++) {
		size_t j = (size_t)hash(g->key[i], g->keylen[i], g->words[i]) & (nslots - 1);
		while (slots[j])
			j = (j + 1) & (nslots - 1);
		slots[j] = i + 1;
	}
	free(g->slots);
	g->slots = slots;
	g->nslots = nslots;
	return 0;
}

static int grow(struct cs_groups *g)
{
	size_t cap = g->cap ? 2 * g->cap : 16;
	char **key = realloc(g->key, cap * sizeof *key);
	if (!key)
		return -1;
	g->key = key;
	size_t *keylen = realloc(g->keylen, cap * sizeof *keylen);
	if (!keylen)
		return -1;
	g->keylen = keylen;
	struct cs_key_words *words = realloc(g->words, cap * sizeof *words);
	if (!words)
		return -1;
	g->words = words;
	/* the values are written for every row: on whole cache lines of their
	 * own, so that two reading threads' tables never share one */
	unsigned char *values = cs_thread_blocks(1, cap * g->value_size, NULL);
	if (!values)
		return -1;
	if (g->n)
		memcpy(values, g->values, g->n * g->value_size);
	free(g->values);
	g->values = values;
	g->cap = cap;
	return 0;
}

/* A group new to g, whose label hashed to h (slot search from there). */
static __attribute__((noinline)) void *insert(struct cs_groups *g, const char *key, size_t len,
					      struct cs_key_words k, uint64_t h)
{
	if (g->nslots == 0 && rehash(g, 32) != 0)
		return NULL;
	/* keep the table at most half full */
	if (2 * (g->n + 1) > g->nslots && rehash(g, 2 * g->nslots) != 0)
		return NULL;
	size_t j = (size_t)h & (g->nslots - 1);
	while (g->slots[j])
		j = (j + 1) & (g->nslots - 1);
	if (g->n == g->cap && grow(g) != 0)
		return NULL;
	char *copy = malloc(len + 1);
	if (!copy)
		return NULL;
	memcpy(copy, key, len);
	copy[len] = '\0';
	size_t i = g->n++;
	g->key[i] = copy;
	g->keylen[i] = len;
	g->words[i] = k;
	memset(cs_groups_value(g, i), 0, g->value_size);
	g->slots[j] = i + 1;
	return cs_groups_value(g, i);
}

/* Called once per row: the lookup calls nothing, so saves no registers. */
void *cs_groups_get(struct cs_groups *g, const char *key, size_t len)
{
	struct cs_key_words k = key_words(key, len);
	uint64_t h = hash(key, len, k);
	if (g->nslots) {
		size_t j = (size_t)h & (g->nslots - 1);
		while (g->slots[j]) {
			size_t i = g->slots[j] - 1;
			if (same_key(g, i, key, len, k))
				return cs_groups_value(g, i);
			j = (j + 1) & (g->nslots - 1);
		}
	}
	return insert(g, key, len, k, h);
}

static int by_key(const void *a, const void *b, void *ctx)
{
	const struct cs_groups *g = ctx;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(g->key[i], g->key[j]);
	return c ? c : (i < j ? -1 : i > j);
}

size_t *cs_groups_sorted(const struct cs_groups *g)
{
	if (g->n == 0)
		return NULL;
	size_t *order = malloc(g->n * sizeof *order);
	if (!order)
		return NULL;
	for (size_t i = 0; i < g->n; i++)
		order[i] = i;
	qsort_r(order, g->n, sizeof *order, by_key, (void *)g);
	return order;
}

int cs_groups_add_counts(struct cs_groups *into, const struct cs_groups *from)
{
	size_t k = from->value_size / sizeof(int64_t);
	for (size_t i = 0; i < from->n; i++) {
		int64_t *t = cs_groups_get(into, from->key[i], from->keylen[i]);
		if (!t)
			return -1;
		const int64_t *f = cs_groups_value(from, i);     /* blocks are 8-aligned */
		for (size_t j = 0; j < k; j++)
			t[j] += f[j];
	}
	return 0;
}

int cs_groups_rename(struct cs_groups *g, size_t i, const char *key, size_t len)
{
	char *copy = malloc(len + 1);
	if (!copy)
		return -1;
	memcpy(copy, key, len);
	copy[len] = '\0';
	free(g->key[i]);
	g->key[i] = copy;
	g->keylen[i] = len;
	g->words[i] = key_words(copy, len);
	return 0;
}

int cs_groups_reindex(struct cs_groups *g)
{
	return g->nslots ? rehash(g, g->nslots) : 0;
}

long cs_groups_find(const struct cs_groups *g, const char *key, size_t len)
{
	if (!g->nslots)
		return -1;
	struct cs_key_words k = key_words(key, len);
	size_t j = (size_t)hash(key, len, k) & (g->nslots - 1);
	while (g->slots[j]) {
		size_t i = g->slots[j] - 1;
		if (same_key(g, i, key, len, k))
			return (long)i;
		j = (j + 1) & (g->nslots - 1);
	}
	return -1;
}
