/* groups.h - a table of groups keyed by their label, with O(1) lookup.
 *
 * Each group owns a copy of its label and a zeroed value block of a fixed
 * size chosen by the caller (counts, sums, ...).  Memory grows with the
 * number of groups, never with the number of rows.  Output order is
 * defined by cs_groups_sorted(): labels in byte (strcmp) order. */
#ifndef CS_GROUPS_H
#define CS_GROUPS_H

#include <stddef.h>

struct cs_key_words;

struct cs_groups {
	size_t value_size;     /* bytes per value block */
	size_t n;              /* groups so far */
	size_t cap;            /* capacity of the arrays below */
	char **key;            /* key[i]: label of group i (owned) */
	size_t *keylen;
	struct cs_key_words *words;   /* words[i]: what lookups compare first (groups.c) */
	unsigned char *values; /* n blocks of value_size bytes (owned) */
	size_t *slots;         /* open-addressing table: group index + 1, 0 = empty */
	size_t nslots;         /* a power of two, at least 2 n */
};

void cs_groups_init(struct cs_groups *g, size_t value_size);
void cs_groups_free(struct cs_groups *g);

/* The value block of the group labelled key[0..len); a new group (zeroed
 * block) is added if there is none.  The pointer stays valid until the next
 * call that adds a group.  NULL when out of memory. */
void *cs_groups_get(struct cs_groups *g, const char *key, size_t len);

static inline void *cs_groups_value(const struct cs_groups *g, size_t i)
{
	return g->values + i * g->value_size;
}

/* Add the groups of `from` into `into`, both holding values that are
 * arrays of int64_t counts (value_size a multiple of 8): groups new to
 * `into` are made, counts added.  Used to merge what reading threads
 * counted.  0, or -1 when out of memory. */
int cs_groups_add_counts(struct cs_groups *into, const struct cs_groups *from);

/* The index of the group labelled key[0..len), or -1; adds nothing. */
long cs_groups_find(const struct cs_groups *g, const char *key, size_t len);

/* Give group i the label key[0..len), which no other group has.  Lookups
 * find it only after cs_groups_reindex(), called once after the last
 * rename.  0, or -1 when out of memory. */
int cs_groups_rename(struct cs_groups *g, size_t i, const char *key, size_t len);
int cs_groups_reindex(struct cs_groups *g);

/* A new array (caller frees) of the n group indices in label order; NULL
 * when out of memory (or when there are no groups). */
size_t *cs_groups_sorted(const struct cs_groups *g);

#endif
