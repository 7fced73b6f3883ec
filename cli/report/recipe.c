/* recipe.c - reading and checking recipes (see recipe.h).
 *
 * inih parses "key = value" lines and calls handler(); the line reader it
 * is given (read_line) counts lines, so every error can name its line,
 * opens sections itself (so a wrong [header] is reported at its own line,
 * even when no key follows), and reads lines of any length: a key line
 * longer than inih's buffer reaches inih with its value replaced by a
 * placeholder that no real line can hold (a control character), and the
 * handler puts the value back.  An indented line after a note continues
 * the note (inih's multi-line values); any other indenting means nothing. */
#include "cli/report/recipe.h"
#include "cli/core/values.h"

#include <errno.h>
#include <ini.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Stands for the value of a line too long for inih's buffer. */
#define LONG_VALUE "\x01"

struct loader {
	struct cs_recipe *r;
	struct cs_err *err;
	FILE *f;
	unsigned long line;
	int failed;
	int in_run;                 /* the current section is [run] */
	int any_section;
	char *buf;                  /* the physical line being read */
	size_t cap;
	char *long_value;           /* the value LONG_VALUE stands for (owned) */
	int after_note;             /* the last key line set a note */
	int continues;              /* the line inih is handling continues that note */
};

static int fail_at(struct loader *L, unsigned long line, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int fail_at(struct loader *L, unsigned long line, int code, const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	cs_err_at(L->err, code, L->r->path, line, 0, "%s", msg);
	L->err->cmd = "run";
	L->failed = 1;
	return 0;
}

static int valid_name(const char *s)
{
	if (!*s || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '_' || *s == '-'))
			return 0;
	return 1;
}

/* A "[...]" line: open a section. */
static void open_section(struct loader *L, char *text)
{
	struct cs_recipe *r = L->r;
	L->any_section = 1;
	char *end = strchr(text, ']');
	if (!end) {
		fail_at(L, L->line, CS_EXIT_USAGE, "a section header needs a closing ']'");
		return;
	}
	char *after = end + 1;
	while (*after == ' ' || *after == '\t')
		after++;
	if (*after && *after != ';' && *after != '#') {
		fail_at(L, L->line, CS_EXIT_USAGE, "text after the ']' of a section header");
		return;
	}
	*end = '\0';
	char *cmd = text;
	while (*cmd == ' ' || *cmd == '\t') cmd++;
	char *sp = cmd + strcspn(cmd, " \t");
	char *name = sp;
	while (*name == ' ' || *name == '\t') name++;
	*sp = '\0';
	char *tail = name + strcspn(name, " \t");
	char *rest = tail;
	while (*rest == ' ' || *rest == '\t') rest++;
	if (*rest) {
		fail_at(L, L->line, CS_EXIT_USAGE, "a section is [run] or [COMMAND NAME], not '%s ...'", cmd);
		return;
	}
	*tail = '\0';
	if (strcmp(cmd, "run") == 0 && !*name) {
		if (L->in_run || r->title || r->output || r->seed || r->conf || r->min_cell || r->currency)
			fail_at(L, L->line, CS_EXIT_USAGE, "a second [run] section");
		L->in_run = 1;
		return;
	}
	L->in_run = 0;
	const struct cs_command *c = cs_command_find(cmd);
	if (!c || !c->in_recipes) {
		char list[512];
		size_t k = 0;
		list[0] = '\0';
		for (size_t i = 0; i < cs_ncommands && k < sizeof list; i++)
			if (cs_commands[i]->in_recipes)
				k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", k ? ", " : "",
						      cs_commands[i]->name);
		fail_at(L, L->line, CS_EXIT_USAGE, "unknown command '%s' in a section header; recipes can run: %s",
			cmd, list);
		return;
	}
	if (!valid_name(name)) {
		fail_at(L, L->line, CS_EXIT_USAGE,
			"section [%s %s] needs a name of letters, digits, '_' or '-' (it names the output files)",
			cmd, name);
		return;
	}
	for (size_t i = 0; i < r->nsec; i++)
		if (strcmp(r->sec[i].name, name) == 0) {
			char where[32];
			snprintf(where, sizeof where, "%lu", r->sec[i].line);
			fail_at(L, L->line, CS_EXIT_USAGE, "the name '%s' is used twice (first on line %s)", name, where);
			return;
		}
	struct cs_recipe_section *s = realloc(r->sec, (r->nsec + 1) * sizeof *s);
	if (!s) {
		fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
		return;
	}
	r->sec = s;
	s = &r->sec[r->nsec++];
	memset(s, 0, sizeof *s);
	s->cmd = c;
	s->name = strdup(name);
	s->line = L->line;
	if (!s->name)
		fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
}

/* Is this a line a person could have meant: UTF-8 text without NUL or
 * control characters (a tab, and a CR before the line end, are fine)? */
static const char *line_problem(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\0')
			return "holds a NUL byte";
		if ((c < 0x20 && c != '\t' && c != '\n' && !(c == '\r' && (i + 1 == len || s[i + 1] == '\n'))) ||
		    c == 0x7F)
			return "holds a control character";
	}
	return cs_utf8_valid(s, len) ? NULL : "is not valid UTF-8";
}

/* The next physical line into L->buf, NUL-terminated, byte by byte so
 * that a NUL cannot hide the rest of it (fgets would).  Its length, or -1
 * at the end of the file or when out of memory (then failed). */
static long next_line(struct loader *L)
{
	size_t len = 0;
	int c;
	while ((c = getc(L->f)) != EOF) {
		if (len + 2 > L->cap) {
			size_t cap = L->cap ? 2 * L->cap : 256;
			char *b = realloc(L->buf, cap);
			if (!b) {
				fail_at(L, L->line + 1, CS_EXIT_ENV, "out of memory");
				return -1;
			}
			L->buf = b;
			L->cap = cap;
		}
		L->buf[len++] = (char)c;
		if (c == '\n')
			break;
	}
	if (len == 0)
		return -1;
	L->buf[len] = '\0';
	return (long)len;
}

/* A key line too long for inih: keep its value (inih's rules: after the
 * first '=' or ':', blanks around it and a ';' comment after a blank
 * dropped) and give inih the key with LONG_VALUE. */
static int shorten(struct loader *L, char *line, int indented, char *str, int num)
{
	char *sep = line + strcspn(line, "=:");
	char *v = indented ? line : sep + 1, *end;
	if (!indented && !*sep)
		return fail_at(L, L->line, CS_EXIT_USAGE, "expected 'key = value', a [section] or a comment");
	v += strspn(v, " \t");
	for (end = v; *end; end++)
		if (*end == ';' && end > v && (end[-1] == ' ' || end[-1] == '\t'))
			break;
	while (end > v && strchr(" \t\r\n", end[-1]))
		end--;
	free(L->long_value);
	if (!(L->long_value = strndup(v, (size_t)(end - v))))
		return fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
	size_t klen = indented ? 0 : (size_t)(sep - line);
	if (klen + 8 > (size_t)num)
		return fail_at(L, L->line, CS_EXIT_USAGE, "a key is longer than %d characters", num - 8);
	if (indented)
		snprintf(str, (size_t)num, " " LONG_VALUE "\n");
	else
		snprintf(str, (size_t)num, "%.*s= " LONG_VALUE "\n", (int)klen, line);
	return 1;
}

/* inih's line reader. */
static char *read_line(char *str, int num, void *stream)
{
	struct loader *L = stream;
	L->continues = 0;
	long n = L->failed ? -1 : next_line(L);
	if (n < 0)
		return NULL;
	size_t len = (size_t)n;
	char *line = L->buf;
	L->line++;
	const char *bad = line_problem(line, len);
	if (bad) {
		fail_at(L, L->line, CS_EXIT_USAGE, "the line %s", bad);
		return NULL;
	}
	if (L->line == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0)
		line += 3, len -= 3;
	size_t blanks = strspn(line, " \t");
	char *text = line + blanks;
	int blank = strspn(text, "\r\n") == strlen(text), comment = *text == ';' || *text == '#';
	/* indenting means nothing (inih would take an indented line as the
	 * continuation of the value above it), except under a note */
	L->continues = blanks && L->after_note && !blank && !comment && *text != '[';
	if (!L->continues)
		line = text;
	if (*text == '[') {
		L->after_note = 0;
		char *copy = strdup(text + 1);
		if (!copy)
			return fail_at(L, L->line, CS_EXIT_ENV, "out of memory"), NULL;
		copy[strcspn(copy, "\r\n")] = '\0';
		open_section(L, copy);
		free(copy);
		if (L->failed)
			return NULL;
	} else if (!blank && !comment && !L->continues) {
		size_t klen = strcspn(text, "=:");
		while (klen && (text[klen - 1] == ' ' || text[klen - 1] == '\t'))
			klen--;
		L->after_note = klen == 4 && strncmp(text, "note", 4) == 0;
	}
	if (strlen(line) < (size_t)num) {
		memcpy(str, line, strlen(line) + 1);
		return str;
	}
	return shorten(L, line, L->continues, str, num) ? str : NULL;
}

static const char *const run_keys[] = { "title", "output", "seed", "conf", "min_cell", "currency" };

static int is_one_of(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return 1;
	return 0;
}

static int set_run(struct loader *L, const char *name, const char *value)
{
	struct cs_recipe *r = L->r;
	char **slot = strcmp(name, "title") == 0 ? &r->title
		    : strcmp(name, "output") == 0 ? &r->output
		    : strcmp(name, "seed") == 0 ? &r->seed
		    : strcmp(name, "conf") == 0 ? &r->conf
		    : strcmp(name, "min_cell") == 0 ? &r->min_cell : &r->currency;
	if (*slot)
		return fail_at(L, L->line, CS_EXIT_USAGE, "'%s' is set twice in [run]", name);
	if (!(*slot = strdup(value)))
		return fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
	if (slot == &r->output)
		r->output_line = L->line;
	return 1;
}

/* An indented line under a note: its words join the note's. */
static int continue_note(struct loader *L, const char *value)
{
	struct cs_recipe_section *s = L->r->nsec ? &L->r->sec[L->r->nsec - 1] : NULL;
	struct cs_recipe_opt *o = s && s->nopt ? &s->opt[s->nopt - 1] : NULL;
	if (!o || strcmp(o->key, "note") != 0)
		return fail_at(L, L->line, CS_EXIT_USAGE, "an indented line continues only a note");
	char *joined = NULL;
	if (asprintf(&joined, "%s %s", o->value, value) < 0)
		return fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
	free(o->value);
	o->value = joined;
	return 1;
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
	struct loader *L = user;
	struct cs_recipe *r = L->r;
	if (L->failed)
		return 0;
	if (strcmp(value, LONG_VALUE) == 0 && L->long_value)
		value = L->long_value;
	if (L->continues)
		return continue_note(L, value);
	if (!L->any_section)
		return fail_at(L, L->line, CS_EXIT_USAGE, "'%s' comes before any [section]", name);
	(void)section;
	if (L->in_run) {
		if (!is_one_of(name, run_keys, sizeof run_keys / sizeof *run_keys))
			return fail_at(L, L->line, CS_EXIT_USAGE,
				       "unknown key '%s' in [run]; it takes title, output, seed, conf, min_cell, currency",
				       name);
		return set_run(L, name, value);
	}
	struct cs_recipe_section *s = &r->sec[r->nsec - 1];
	const char *cmd = s->cmd->name;
	const struct cs_opt *o = NULL;
	if (strcmp(name, "input") == 0 || strcmp(name, "args") == 0 || strcmp(name, "note") == 0) {
		/* checked below (input), or free text */
	} else if (strcmp(name, "plot") == 0) {
		static const char *const kinds[] = { "png", "svg", "pdf", "gp", "none" };
		if (!is_one_of(value, kinds, 5))
			return fail_at(L, L->line, CS_EXIT_USAGE, "plot = '%s': use png, svg, pdf, gp or none", value);
	} else {
		o = cs_opts_find(s->cmd->options, name);
		if (!o || (o->flags & CS_OPT_NO_RECIPE))
			return fail_at(L, L->line, CS_EXIT_USAGE,
				       "unknown key '%s' for %s (its keys are the long options in 'casestat help %s')",
				       name, cmd, cmd);
		if (!o->argname && !is_one_of(value, (const char *const[]){ "yes", "no", "true", "false" }, 4))
			return fail_at(L, L->line, CS_EXIT_USAGE, "'%s' is a switch: write %s = yes or no", name, name);
	}
	if (!(o && (o->flags & CS_OPT_MULTI)) && cs_recipe_get(s, name))
		return fail_at(L, L->line, CS_EXIT_USAGE, "'%s' is set twice in this section", name);
	if (strcmp(name, "input") == 0) {
		char *path = cs_recipe_path(r, value);
		struct stat st;
		int ok = path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
		if (!ok) {
			fail_at(L, L->line, CS_EXIT_USAGE, "input '%s' not found (looked for '%s')", value,
				path ? path : value);
			free(path);
			return 0;
		}
		free(path);
	}
	struct cs_recipe_opt *v = realloc(s->opt, (s->nopt + 1) * sizeof *v);
	if (!v)
		return fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
	s->opt = v;
	v = &s->opt[s->nopt++];
	v->key = strdup(name);
	v->value = strdup(value);
	v->line = L->line;
	if (!v->key || !v->value)
		return fail_at(L, L->line, CS_EXIT_ENV, "out of memory");
	return 1;
}

const char *cs_recipe_get(const struct cs_recipe_section *s, const char *key)
{
	const char *v = NULL;
	for (size_t i = 0; i < s->nopt; i++)
		if (strcmp(s->opt[i].key, key) == 0)
			v = s->opt[i].value;
	return v;
}

char *cs_recipe_path(const struct cs_recipe *r, const char *path)
{
	if (path[0] == '/' || strcmp(r->dir, ".") == 0)
		return strdup(path);
	size_t n = strlen(r->dir) + strlen(path) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", r->dir, path);
	return p;
}

void cs_recipe_free(struct cs_recipe *r)
{
	for (size_t i = 0; i < r->nsec; i++) {
		for (size_t k = 0; k < r->sec[i].nopt; k++) {
			free(r->sec[i].opt[k].key);
			free(r->sec[i].opt[k].value);
		}
		free(r->sec[i].opt);
		free(r->sec[i].name);
	}
	free(r->sec);
	char *const strings[] = { r->path, r->dir, r->title, r->output, r->seed, r->conf, r->min_cell,
				  r->currency };
	for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
		free(strings[i]);
	memset(r, 0, sizeof *r);
}

static int check_number(struct loader *L, const char *v, const char *key, int is_conf)
{
	char *end;
	errno = 0;
	if (is_conf) {
		double c;
		if (cs_parse_real(v, &c) != 0 || !(c > 0 && c < 1))
			return fail_at(L, 0, CS_EXIT_USAGE, "[run] %s = '%s': give a level between 0 and 1", key, v);
	} else {
		if (v[0] < '0' || v[0] > '9')
			return fail_at(L, 0, CS_EXIT_USAGE, "[run] %s = '%s': give a whole number", key, v);
		strtoull(v, &end, 10);
		if (*end || errno)
			return fail_at(L, 0, CS_EXIT_USAGE, "[run] %s = '%s': give a whole number", key, v);
	}
	return 1;
}

int cs_recipe_load(struct cs_recipe *r, const char *path, struct cs_err *err)
{
	memset(r, 0, sizeof *r);
	r->path = strdup(path);
	const char *slash = strrchr(path, '/');
	r->dir = slash ? strndup(path, (size_t)(slash - path == 0 ? 1 : slash - path)) : strdup(".");
	if (!r->path || !r->dir) {
		cs_recipe_free(r);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	struct loader L = { r, err, fopen(path, "r"), 0, 0, 0, 0 };
	if (!L.f) {
		int e = errno;
		cs_recipe_free(r);
		return cs_err_set(err, CS_EXIT_ENV, "cannot read recipe '%s': %s", path, strerror(e));
	}
	int at = ini_parse_stream(read_line, &L, handler, &L);
	fclose(L.f);
	free(L.buf);
	free(L.long_value);
	if (!L.failed && at > 0)
		fail_at(&L, (unsigned long)at, CS_EXIT_USAGE, "expected 'key = value', a [section] or a comment");
	if (!L.failed && at < 0)
		fail_at(&L, 0, CS_EXIT_ENV, "out of memory reading the recipe");
	if (!L.failed && r->nsec == 0)
		fail_at(&L, 0, CS_EXIT_USAGE, "the recipe has no [COMMAND NAME] section to run");
	if (!L.failed && r->conf)
		check_number(&L, r->conf, "conf", 1);
	if (!L.failed && r->seed)
		check_number(&L, r->seed, "seed", 0);
	if (!L.failed && r->min_cell)
		check_number(&L, r->min_cell, "min_cell", 0);
	if (L.failed) {
		int code = err->code;
		cs_recipe_free(r);
		return code;
	}
	return 0;
}
