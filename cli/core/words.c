/* words.c - true/false words in English, Russian and Kazakh, or the
 * user's (see words.h). */
#include "cli/core/words.h"
#include "cli/core/fold.h"
#include "cli/core/values.h"

#include <stdint.h>
#include <string.h>

static const char *const builtin[2][8] = {
	{ "0", "false", "no", "n", "f", "нет", "ложь", NULL },
	{ "1", "true", "yes", "y", "t", "да", "истина", NULL },
};
/* Kazakh, appended so the English words come first in messages */
static const char *const builtin_kk[2][3] = {
	{ "жоқ", "жалған", NULL },
	{ "иә", "ақиқат", NULL },
};

static void set_default(struct cs_bool_words *w, int truth)
{
	w->n[truth] = 0;
	for (int k = 0; k < 2; k++) {
		const char *const *list = k ? builtin_kk[truth] : builtin[truth];
		for (size_t i = 0; list[i]; i++) {
			size_t k = w->n[truth]++;
			w->len[truth][k] = (unsigned char)cs_fold_key(list[i], strlen(list[i]), w->word[truth][k],
								      CS_BOOL_WORD_SIZE);
		}
	}
}

/* The words by their first byte: a cell is compared only with the words
 * that begin as it does (for "false", with "false" and "f"). */
static void index_first(struct cs_bool_words *w)
{
	memset(w->count, 0, sizeof w->count);
	for (int truth = 0; truth < 2; truth++)
		for (size_t i = 0; i < w->n[truth]; i++)
			w->count[(unsigned char)w->word[truth][i][0]]++;
	unsigned next = 0;
	for (int b = 0; b < 256; b++) {
		w->start[b] = (unsigned char)next;
		next += w->count[b];
	}
	unsigned char fill[256] = { 0 };
	for (int truth = 0; truth < 2; truth++)
		for (size_t i = 0; i < w->n[truth]; i++) {
			unsigned char b = (unsigned char)w->word[truth][i][0];
			w->cand[w->start[b] + fill[b]++] = (unsigned char)(truth << 7 | (int)i);
		}
}

void cs_bool_words_default(struct cs_bool_words *w)
{
	set_default(w, 0);
	set_default(w, 1);
	index_first(w);
}

static int set_list(struct cs_bool_words *w, int truth, const char *list, const char *cmd,
		    struct cs_err *err)
{
	const char *opt = truth ? "--true" : "--false";
	char shown[CS_MSG_TEXT];
	w->n[truth] = 0;
	const char *p = list;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (!cs_utf8_valid(p, len))
			return cs_err_usage(err, cmd, "invalid %s '%s': the words are not valid UTF-8", opt,
					    cs_msg_text(shown, sizeof shown, list, strlen(list)));
		if (w->n[truth] == CS_BOOL_WORDS_MAX)
			return cs_err_usage(err, cmd, "invalid %s '%s': at most %d words", opt,
					    cs_msg_text(shown, sizeof shown, list, strlen(list)), CS_BOOL_WORDS_MAX);
		char *dst = w->word[truth][w->n[truth]];
		int k = cs_fold_key(p, len, dst, CS_BOOL_WORD_SIZE);
		if (k < 0)
			return cs_err_usage(err, cmd, "invalid %s '%s': a word has more than %d bytes", opt,
					    cs_msg_text(shown, sizeof shown, list, strlen(list)),
					    CS_BOOL_WORD_SIZE - 1);
		if (k == 0)
			return cs_err_usage(err, cmd, "invalid %s '%s': an empty word (separate the words "
					    "with single commas, e.g. %s)", opt,
					    cs_msg_text(shown, sizeof shown, list, strlen(list)),
					    truth ? "да,иә,yes" : "нет,жоқ,no");
		w->len[truth][w->n[truth]++] = (unsigned char)k;
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

int cs_bool_words_set(struct cs_bool_words *w, const char *truthy, const char *falsy,
		      const char *cmd, struct cs_err *err)
{
	cs_bool_words_default(w);
	if ((truthy && set_list(w, 1, truthy, cmd, err)) || (falsy && set_list(w, 0, falsy, cmd, err)))
		return CS_EXIT_USAGE;
	index_first(w);
	for (size_t i = 0; i < w->n[1]; i++)
		for (size_t j = 0; j < w->n[0]; j++)
			if (strcmp(w->word[1][i], w->word[0][j]) == 0) {
				char shown[CS_MSG_TEXT];
				return cs_err_usage(err, cmd, "the word '%s' is both true and false: give it in "
						    "one of --true and --false only",
						    cs_msg_text(shown, sizeof shown, w->word[1][i],
								strlen(w->word[1][i])));
			}
	return 0;
}

/* Words are short: four bytes at a time, then one, cost less than a call
 * of memcmp().  Only the n bytes of each are read. */
static inline int same(const char *a, const char *b, size_t n)
{
	for (; n >= 4; a += 4, b += 4, n -= 4) {
		uint32_t x, y;
		memcpy(&x, a, 4);
		memcpy(&y, b, 4);
		if (x != y)
			return 0;
	}
	while (n && *a == *b)
		a++, b++, n--;
	return n == 0;
}

/* 1 or 0 for a word of the lists, -2 for none; by length too, so that a
 * NUL in the value cannot end the comparison.  Words are never empty. */
static inline int find(const struct cs_bool_words *w, const char *s, size_t len)
{
	if (len == 0)
		return -2;
	unsigned char b = (unsigned char)s[0];
	const unsigned char *c = w->cand + w->start[b];
	for (unsigned k = w->count[b]; k > 0; k--, c++) {
		int truth = *c >> 7;
		unsigned i = *c & 0x7f;
		if (w->len[truth][i] == len && same(s, w->word[truth][i], len))
			return truth;
	}
	return -2;
}

/* A value that is not a word as written: blank, or a word once folded.
 * Out of line, so that reading a word as written sets up no buffer. */
static __attribute__((noinline)) int parse_folded(const struct cs_bool_words *w, const char *s, size_t len)
{
	if (cs_is_blank(s, len))
		return -1;
	char key[CS_BOOL_WORD_SIZE];
	/* a value longer than the buffer cannot be a word: -2 without folding */
	int n = cs_fold_key(s, len, key, sizeof key);
	if (n < 0)
		return -2;
	return find(w, key, (size_t)n);
}

int cs_bool_words_parse(const struct cs_bool_words *w, const char *s, size_t len)
{
	/* most cells are written as a word is kept (true, 0, да): no folding */
	int b = find(w, s, len);
	return b >= 0 ? b : parse_folded(w, s, len);
}

const char *cs_bool_words_list(const struct cs_bool_words *w, int truth, char *buf, size_t size)
{
	size_t j = 0;
	if (size == 0)
		return buf;
	buf[0] = '\0';
	for (size_t i = 0; i < w->n[truth]; i++) {
		const char *word = w->word[truth][i];
		size_t need = (i ? 2 : 0) + strlen(word);
		if (j + need + 1 > size) {
			/* "..." replaces what does not fit, at a character boundary */
			while (j > 0 && j + 4 > size)
				do j--; while (j > 0 && ((unsigned char)buf[j] & 0xC0) == 0x80);
			if (j + 4 <= size)
				memcpy(buf + j, "...", 4);
			else
				buf[j] = '\0';
			return buf;
		}
		if (i)
			memcpy(buf + j, ", ", 2), j += 2;
		memcpy(buf + j, word, strlen(word));
		j += strlen(word);
		buf[j] = '\0';
	}
	return buf;
}
