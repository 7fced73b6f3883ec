/* names.h - a list of names (column names, file names), each an owned
 * copy, in the order added. */
#ifndef CS_NAMES_H
#define CS_NAMES_H

#include <stddef.h>

struct cs_names {
	char **v;          /* v[0..n), owned */
	size_t n, cap;
};

enum { CS_NAMES_OK = 0, CS_NAMES_NOMEM = -1, CS_NAMES_EMPTY = -2 };

/* Append a copy of s[0..len).  CS_NAMES_OK or CS_NAMES_NOMEM. */
int cs_names_add(struct cs_names *l, const char *s, size_t len);
/* Append the comma-separated items of list ("a,b,c").  CS_NAMES_EMPTY when
 * an item is empty ("a,,b", ""), the items before it added. */
int cs_names_split(struct cs_names *l, const char *list);
/* The index of s[0..len) in the list, or -1. */
long cs_names_find(const struct cs_names *l, const char *s, size_t len);
void cs_names_free(struct cs_names *l);

/* Does the file name s end in ext (".tsv"), ASCII letters in any case,
 * with something before it? */
int cs_name_ends(const char *s, const char *ext);

#endif
