/* methods.h - finding a row of a method table by name.
 *
 * Every method table in analysis/ (proportion, comparison, multinomial,
 * two-list and interval methods of mse) is an array of structs that begin
 * with the method's canonical name, a `const char *`, followed by
 * `const char *aliases[]`, a NULL-terminated list of other accepted
 * names.  One search serves them all. */
#ifndef CS_METHODS_H
#define CS_METHODS_H

#include <stddef.h>

/* The row of `table` (n rows of `size` bytes each) whose name, or one of
 * whose aliases (at byte offset `aliases` in the row), is `name`
 * exactly; NULL when none is or name is NULL. */
const void *cs_method_find(const void *table, size_t n, size_t size, size_t aliases, const char *name);

#endif
