/* words.h - yes and no as written: the words of a true/false column.
 *
 * The built-in lists are English (today's cs_parse_bool list), Russian and
 * Kazakh:
 *     true:  1 true yes y t  да истина  иә ақиқат
 *     false: 0 false no n f  нет ложь   жоқ жалған
 * Words compare through cs_fold_key() (cli/core/fold.h): letter case of
 * Latin and Cyrillic, Kazakh letters and Ё included, does not matter, in
 * any locale; blanks around a value are ignored.  --true and --false
 * replace a list with comma-separated words of the user's.  The caller
 * builds a struct cs_bool_words once and reads every value with it; it
 * allocates nothing. */
#ifndef CS_WORDS_H
#define CS_WORDS_H

#include <stddef.h>
#include "cli/core/diag.h"

#define CS_BOOL_WORDS_MAX 32      /* words in one list */
#define CS_BOOL_WORD_SIZE 64      /* bytes of a folded word with its NUL */

struct cs_bool_words {
	size_t n[2];                                          /* [0] false, [1] true */
	char word[2][CS_BOOL_WORDS_MAX][CS_BOOL_WORD_SIZE];   /* folded */
	unsigned char len[2][CS_BOOL_WORDS_MAX];              /* their lengths */
	/* the words that begin with byte b: cand[start[b] .. start[b] + count[b]),
	 * each truth << 7 | its index in word[truth] */
	unsigned char start[256], count[256];
	unsigned char cand[2 * CS_BOOL_WORDS_MAX];
};

/* The built-in lists. */
void cs_bool_words_default(struct cs_bool_words *w);

/* The built-in lists, with the true list replaced by the comma-separated
 * words of `truthy` and the false list by those of `falsy` when not NULL
 * (blanks around each word ignored).  Returns 0, or CS_EXIT_USAGE with a
 * message naming --true or --false for an empty word, a word of invalid
 * UTF-8 or longer than 63 bytes, more than CS_BOOL_WORDS_MAX words, or a
 * word in both lists (after folding); cmd is the command for the hint. */
int cs_bool_words_set(struct cs_bool_words *w, const char *truthy, const char *falsy,
		      const char *cmd, struct cs_err *err);

/* Read s[0..len): 1 for a true word, 0 for a false word, -1 when empty or
 * only ASCII blanks (a missing value, as cs_is_blank says), -2 for
 * anything else. */
int cs_bool_words_parse(const struct cs_bool_words *w, const char *s, size_t len);

/* The words of list `truth` (0 false, 1 true) joined by ", " for a
 * message, cut with "..." when size is too small.  Returns buf. */
const char *cs_bool_words_list(const struct cs_bool_words *w, int truth, char *buf, size_t size);

#endif
