/* fuzz_recipe.c - libFuzzer target: the recipe reader (cli/report/recipe.c, on
 * inih).
 *
 * Input: the recipe's bytes, read from a memory file.
 * Invariants: no crash or sanitizer report; an error has exit code 2 or 3
 * and a clean message (valid UTF-8, no control characters) naming a line
 * that exists; a recipe that loads has at least one section, each with a
 * known command and a unique name of [A-Za-z0-9_-], every key set once
 * (but where), values without control characters, lines in order and in
 * the file, and numbers in [run] that parse; and writing the loaded recipe
 * out again as plain "key=value" lines loads to the same recipe (what the
 * reader keeps is what the recipe says). */
#include "fuzz_util.h"
#include "cli/report/recipe.h"

static int valid_name(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '_' || *s == '-'))
			return 0;
	return 1;
}

static void check_text(const char *s)
{
	size_t n = strlen(s);
	FUZZ_CHECK(cs_utf8_valid(s, n));
	for (size_t i = 0; i < n; i++)
		FUZZ_CHECK((unsigned char)s[i] >= 0x20 || s[i] == '\t');
	FUZZ_CHECK((unsigned char)s[0] != ' ' && s[0] != '\t');      /* inih strips blanks */
	FUZZ_CHECK(n == 0 || (s[n - 1] != ' ' && s[n - 1] != '\t'));
}

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The loaded recipe as plain text, [run] first. */
static char *write_back(const struct cs_recipe *r, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	FUZZ_CHECK(f);
	const char *runv[] = { r->title, r->output, r->seed, r->conf, r->min_cell, r->currency };
	const char *runk[] = { "title", "output", "seed", "conf", "min_cell", "currency" };
	int any = 0;
	for (int i = 0; i < 6; i++)
		any |= runv[i] != NULL;
	if (any)
		fputs("[run]\n", f);
	for (int i = 0; i < 6; i++)
		if (runv[i])
			fprintf(f, "%s=%s\n", runk[i], runv[i]);
	for (size_t i = 0; i < r->nsec; i++) {
		fprintf(f, "[%s %s]\n", r->sec[i].cmd->name, r->sec[i].name);
		for (size_t k = 0; k < r->sec[i].nopt; k++)
			fprintf(f, "%s=%s\n", r->sec[i].opt[k].key, r->sec[i].opt[k].value);
	}
	FUZZ_CHECK(fclose(f) == 0);
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long lines = 1;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	const char *path = fuzz_path(data, size);
	struct cs_recipe r;
	struct cs_err err = { 0 };
	int rc = cs_recipe_load(&r, path, &err);
	if (rc) {
		FUZZ_CHECK(rc == CS_EXIT_USAGE || rc == CS_EXIT_ENV);
		fuzz_check_error(rc, &err);
		return 0;
	}

	FUZZ_CHECK(r.nsec >= 1);
	unsigned long last = 0;
	for (size_t i = 0; i < r.nsec; i++) {
		const struct cs_recipe_section *s = &r.sec[i];
		FUZZ_CHECK(s->cmd && s->cmd->name);
		FUZZ_CHECK(valid_name(s->name));
		for (size_t j = 0; j < i; j++)
			FUZZ_CHECK(strcmp(r.sec[j].name, s->name) != 0);
		FUZZ_CHECK(s->line > last && s->line <= lines);
		last = s->line;
		for (size_t k = 0; k < s->nopt; k++) {
			const struct cs_recipe_opt *o = &s->opt[k];
			FUZZ_CHECK(*o->key);
			check_text(o->key);
			check_text(o->value);
			FUZZ_CHECK(o->line > last && o->line <= lines);
			last = o->line;
			if (strcmp(o->key, "where") != 0)
				for (size_t m = 0; m < k; m++)
					FUZZ_CHECK(strcmp(s->opt[m].key, o->key) != 0);
		}
	}
	const char *runv[] = { r.title, r.output, r.seed, r.conf, r.min_cell, r.currency };
	for (int i = 0; i < 6; i++)
		if (runv[i])
			check_text(runv[i]);
	if (r.conf) {
		double c = strtod(r.conf, NULL);
		FUZZ_CHECK(c > 0 && c < 1);
	}
	if (r.seed)
		FUZZ_CHECK(r.seed[0] >= '0' && r.seed[0] <= '9');

	/* write it back and load that: the same recipe */
	size_t n;
	char *text = write_back(&r, &n);
	const char *path2 = fuzz_path((const uint8_t *)text, n);
	struct cs_recipe r2;
	int rc2 = cs_recipe_load(&r2, path2, &err);
	if (rc2)
		fprintf(stderr, "reloading failed: %s\n--\n%s--\n", err.msg, text);
	FUZZ_CHECK(rc2 == 0);
	FUZZ_CHECK(r2.nsec == r.nsec);
	for (int i = 0; i < 6; i++) {
		const char *v2[] = { r2.title, r2.output, r2.seed, r2.conf, r2.min_cell, r2.currency };
		FUZZ_CHECK(same(runv[i], v2[i]));
	}
	for (size_t i = 0; i < r.nsec; i++) {
		FUZZ_CHECK(r2.sec[i].cmd == r.sec[i].cmd);
		FUZZ_CHECK(strcmp(r2.sec[i].name, r.sec[i].name) == 0);
		FUZZ_CHECK(r2.sec[i].nopt == r.sec[i].nopt);
		for (size_t k = 0; k < r.sec[i].nopt; k++) {
			FUZZ_CHECK(strcmp(r2.sec[i].opt[k].key, r.sec[i].opt[k].key) == 0);
			FUZZ_CHECK(strcmp(r2.sec[i].opt[k].value, r.sec[i].opt[k].value) == 0);
		}
	}
	free(text);
	cs_recipe_free(&r2);
	cs_recipe_free(&r);
	return 0;
}
