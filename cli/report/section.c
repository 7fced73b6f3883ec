/* section.c - one section of a recipe, computed once: its job is built
 * from the recipe's keys through the command's own option table, and the
 * one result gives NAME.csv, the figure, the section of report.md (table,
 * explanations, methods cited) and its record in run.txt. */
#include "cli/report/section.h"
#include "cli/frame/driver.h"
#include "cli/io/fsutil.h"
#include "cli/io/output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Keys of a section that are not options of its command. */
static int is_recipe_key(const char *key)
{
	return !strcmp(key, "input") || !strcmp(key, "args") || !strcmp(key, "plot") || !strcmp(key, "note");
}

/* The words of args = ... (the operands of a calculator form); caller
 * frees the array and the copy. */
static const char **split_args(const char *args, char **copy, size_t *n)
{
	*n = 0;
	*copy = strdup(args ? args : "");
	const char **v = calloc(strlen(args ? args : "") / 2 + 2, sizeof *v);
	if (!*copy || !v) {
		free(v);
		return NULL;
	}
	char *save = NULL;
	for (char *w = strtok_r(*copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
		v[(*n)++] = w;
	return v;
}

/* The job's options from the section's keys, then the [run] settings the
 * section leaves to it. */
static int set_options(struct cs_opts *o, const struct cs_recipe *r, const struct cs_recipe_section *s,
		       struct cs_err *err)
{
	for (size_t i = 0; i < s->nopt; i++) {
		if (is_recipe_key(s->opt[i].key))
			continue;
		struct cs_err e = { 0, NULL, "" };
		int rc = cs_opts_set(o, s->opt[i].key, s->opt[i].value, &e);
		if (rc)
			return cs_err_at(err, rc, r->path, s->opt[i].line, 0, "[%s %s]: %s", s->cmd->name, s->name, e.msg);
	}
	static const struct { const char *opt; size_t off; } inherit[] = {
		{ "conf", offsetof(struct cs_recipe, conf) },
		{ "seed", offsetof(struct cs_recipe, seed) },
		{ "min-cell", offsetof(struct cs_recipe, min_cell) },
		{ "currency", offsetof(struct cs_recipe, currency) },
	};
	for (size_t i = 0; i < sizeof inherit / sizeof *inherit; i++) {
		const char *v = *(char *const *)((const char *)r + inherit[i].off);
		if (!v || !cs_opts_find(s->cmd->options, inherit[i].opt) || cs_recipe_get(s, inherit[i].opt))
			continue;
		struct cs_err e = { 0, NULL, "" };
		int rc = cs_opts_set(o, inherit[i].opt, v, &e);
		if (rc)
			return cs_err_at(err, rc, r->path, 0, 0, "[run] %s: %s", inherit[i].opt, e.msg);
	}
	return 0;
}

/* `casestat prop ../donors.csv --success questioned` as the recipe says it;
 * operands that --min-cell hides are left out. */
static void command_line(struct cs_text *R, const struct cs_recipe_section *s, const struct cs_opts *o,
			 const char *const *word, size_t nword, int hide_ops)
{
	const char *in = cs_recipe_get(s, "input");
	cs_text_add(R, "`casestat %s", s->cmd->name);
	if (in)
		cs_text_add(R, strpbrk(in, " \t'\"") ? " '%s'" : " %s", in);
	if (hide_ops && nword)
		cs_text_add(R, " OPERANDS");
	for (size_t i = 0; !hide_ops && i < nword; i++)
		cs_text_add(R, strpbrk(word[i], " \t'\"") ? " '%s'" : " %s", word[i]);
	for (size_t i = 0; i < o->ngiven; i++) {
		cs_text_add(R, " --%s", o->given[i].opt->name);
		const char *v = o->given[i].value;
		if (v)
			cs_text_add(R, strpbrk(v, " \t'\"") ? " '%s'" : " %s", v);
	}
	cs_text_add(R, "`\n");
	if (hide_ops && nword)
		cs_text_add(R, "\n(OPERANDS: in the recipe; --min-cell keeps them out of the report, since they may be "
			    "small counts.)\n");
	cs_text_add(R, "\n");
}

/* The methods the rows used, each once, with their references. */
static void methods_cited(struct cs_text *R, const struct cs_result *res)
{
	const struct cs_method_ref *seen[64];
	size_t n = 0;
	for (size_t r = 0; r < res->nrows && n < 64; r++) {
		const struct cs_method_ref *m = &res->row[r].method;
		int dup = !m->name;
		for (size_t i = 0; i < n && !dup; i++)
			dup = strcmp(seen[i]->name, m->name) == 0;
		if (!dup)
			seen[n++] = m;
	}
	/* one: a sentence; several: a list (references hold ';' themselves) */
	if (n == 1)
		cs_text_add(R, "\nMethod: %s%s%s.\n", seen[0]->name, seen[0]->reference ? ", " : "",
			    seen[0]->reference ? seen[0]->reference : "");
	else if (n > 1)
		cs_text_add(R, "\nMethods:\n\n");
	for (size_t i = 0; n > 1 && i < n; i++)
		cs_text_add(R, "- %s%s%s\n", seen[i]->name, seen[i]->reference ? ": " : "",
			    seen[i]->reference ? seen[i]->reference : "");
}

struct record {
	struct cs_text *T;
	const struct cs_opts *o;
	const struct cs_input_found *found;   /* NULL: no FILE was read */
};

/* How a FILE was read where the option left it to the reader: the
 * separator decided from the header, the encoding of a byte-order mark,
 * the first sheet.  NULL for the other options. */
static const char *found_value(const struct cs_opt *opt, const struct cs_input_found *f, char *buf, size_t size)
{
	if (!f)
		return NULL;
	if (strcmp(opt->name, "delimiter") == 0 && f->delim) {
		const char *name = f->delim == ',' ? "comma" : f->delim == ';' ? "semicolon" : f->delim == '\t' ? "tab"
				   : "pipe";
		snprintf(buf, size, "%s (auto)", name);
		return buf;
	}
	if (strcmp(opt->name, "encoding") == 0 && f->encoding[0]) {
		snprintf(buf, size, "%s", f->encoding);
		return buf;
	}
	if (strcmp(opt->name, "sheet") == 0 && f->sheet[0]) {
		snprintf(buf, size, "%s", f->sheet);
		return buf;
	}
	return NULL;
}

/* The line of run.txt for one option of the command: what it was set to,
 * or its default. */
static void record_option(const struct cs_opt *opt, void *arg)
{
	const struct record *rec = arg;
	if ((opt->flags & CS_OPT_UNRECORDED) || !opt->help)
		return;
	int shown = 0;
	for (size_t i = 0; i < rec->o->ngiven; i++)
		if (rec->o->given[i].opt == opt) {
			cs_text_add(rec->T, "%s = %s\n", opt->name, opt->argname ? rec->o->given[i].value : "yes");
			shown = 1;
		}
	char buf[300];
	const char *found = shown ? NULL : found_value(opt, rec->found, buf, sizeof buf);
	if (found)
		cs_text_add(rec->T, "%s = %s\n", opt->name, found);
	else if (!shown)
		cs_text_add(rec->T, "%s = %s\n", opt->name, opt->def ? opt->def : opt->argname ? "(not set)" : "no");
}

/* Append what a result writes in format fmt to t. */
static int append_result(struct cs_text *t, const struct cs_result *res, enum cs_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return -1;
	int rc = cs_result_write(f, res, fmt, 1);
	if (fclose(f) != 0)
		rc = -1;
	if (!rc)
		cs_text_put(t, buf, len);
	free(buf);
	return rc || t->failed ? -1 : 0;
}

static int write_csv(const char *path, const struct cs_result *res, struct cs_err *err)
{
	FILE *f = fopen(path, "w");
	int rc = !f || cs_result_write(f, res, CS_FMT_CSV, 0) != 0;
	if ((f && fclose(f) != 0) || rc)
		return cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(errno));
	return 0;
}

/* NAME.csv and the figure of a computed section. */
static int write_files(const struct cs_report *rep, const struct cs_recipe_section *s, const struct cs_job *job,
		       const struct cs_result *res, const char *kind, struct cs_err *err)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.csv", rep->tmp, s->name);
	int rc = write_csv(path, res, err);
	if (rc || !kind)
		return rc;
	struct cs_chart_target t;
	snprintf(path, sizeof path, "%s/%s.%s", rep->tmp, s->name, kind);
	rc = cs_chart_target_init(&t, path, s->cmd->name, err);
	if (!rc)
		rc = s->cmd->chart(job, res, &t, err);
	cs_chart_target_free(&t);
	return rc;
}

/* The section's record in run.txt. */
static int record(struct cs_report *rep, const struct cs_recipe_section *s, const struct cs_opts *o,
		  const struct cs_job *job, int hide_ops, const char *kind, struct cs_err *err)
{
	struct cs_text *T = &rep->record;
	cs_text_add(T, "\n[%s %s]\n", s->cmd->name, s->name);
	const char *in = cs_recipe_get(s, "input"), *args = cs_recipe_get(s, "args");
	if (in) {
		char *p = cs_recipe_path(rep->r, in), hex[65];
		int bad = !p || cs_sha256_file(p, hex) != 0;
		free(p);
		if (bad)
			return cs_err_at(err, CS_EXIT_ENV, rep->r->path, s->line, 0, "cannot read input '%s'", in);
		cs_text_add(T, "input = %s\ninput_sha256 = %s\n", in, hex);
		if (job->found.format[0])
			cs_text_add(T, "input_format = %s\n", job->found.format);
	}
	if (args && hide_ops)
		cs_text_add(T, "args = (in the recipe: --min-cell keeps the operands out of the output)\n");
	else if (args)
		cs_text_add(T, "args = %s\n", args);
	struct record rec = { T, o, job->input ? &job->found : NULL };
	cs_opts_each(s->cmd->options, record_option, &rec);
	cs_text_add(T, "plot = %s\n", kind ? kind : "none");
	return 0;
}

int cs_report_section(struct cs_report *rep, const struct cs_recipe_section *s, struct cs_err *err)
{
	const struct cs_command *cmd = s->cmd;
	const struct cs_recipe *r = rep->r;
	struct cs_common common;
	cs_common_init(&common);
	struct cs_job job;
	struct cs_opts o;
	struct cs_result res;
	memset(&res, 0, sizeof res);
	char *input = NULL, *copy = NULL;
	size_t nword = 0;
	const char **word = split_args(cs_recipe_get(s, "args"), &copy, &nword);
	int rc = cs_job_init(&job, cmd, &common, err);
	cs_opts_init(&o, cmd->name, cmd->options, job.opts, &common);
	if (!rc && !word)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!rc)
		rc = set_options(&o, r, s, err);
	const char *in = cs_recipe_get(s, "input");
	if (!rc && in && !(input = cs_recipe_path(r, in)))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!rc) {
		/* the operands: the input, or the words of args */
		job.operand = input ? (const char *const *)&input : word;
		job.noperand = input ? 1 : nword;
		struct cs_err e = { 0, NULL, "" };
		rc = cs_job_plan(&job, &e);
		if (!rc)
			rc = cs_job_result(&job, &res, 1, &e);
		if (rc)
			cs_err_at(err, rc, r->path, s->line, 0, "[%s %s]: %s", cmd->name, s->name, e.msg);
	}
	const char *kind = cs_recipe_get(s, "plot");
	if (kind && (!strcmp(kind, "none") || !cmd->chart))
		kind = NULL;
	if (!rc)
		rc = write_files(rep, s, &job, &res, kind, err);
	/* the operands of a calculator (small counts, "3/7") stay in the
	 * recipe when the table had to hide a count */
	int hide_ops = !rc && common.min_cell > 0 && cs_result_any_hidden(&res);
	struct cs_text *R = &rep->report;
	if (!rc) {
		cs_text_add(R, "\n## %s\n\n", s->name);
		const char *note = cs_recipe_get(s, "note");
		if (note)
			cs_text_add(R, "%s\n\n", note);
		command_line(R, s, &o, word, nword, hide_ops);
		if (append_result(R, &res, CS_FMT_MD) != 0)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		if (kind && strcmp(kind, "gp") != 0)
			cs_text_add(R, "\n![%s](%s.%s)\n", s->name, s->name, kind);
		if (kind && strcmp(kind, "gp") != 0 && cmd->chart_also)
			cs_text_add(R, "\n![%s%s](%s%s.%s)\n", s->name, cmd->chart_also, s->name, cmd->chart_also, kind);
		methods_cited(R, &res);
	}
	if (!rc)
		rc = record(rep, s, &o, &job, hide_ops, kind, err);
	cs_result_free(&res);
	cs_opts_free(&o);
	cs_job_free(&job);
	cs_common_free(&common);
	free(word);
	free(copy);
	free(input);
	return rc;
}
