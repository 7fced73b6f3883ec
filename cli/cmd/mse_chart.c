/* mse_chart.c - the two charts of casestat mse --plot FILE: the
 * estimated totals with their intervals, a row per model (and Chao's
 * bound), a panel per stratum and one for all strata (plots/chart_mse.h);
 * and the people by capture pattern (plots/chart_patterns.h) in
 * FILE_patterns with the same extension, beside FILE.  Both are built
 * from the suppressed result. */
#include "cli/cmd/mse.h"
#include "plots/chart_mse.h"
#include "plots/chart_patterns.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Rows of models drawn per group at most (the best ones). */
#define MAX_MODEL_ROWS 20

CS_CHART_WRITER(write_estimates, cs_chart_mse_write)
CS_CHART_WRITER(write_patterns, cs_chart_patterns_write)

static const char *short_why(const struct mse_row *d)
{
	if (d->why & MSE_WHY_NOBODY) return "nobody on any list";
	if (d->why & MSE_WHY_FEW_LISTS) return "too few lists hold anyone";
	if (d->why & MSE_WHY_STRATA) return "a stratum has none";
	if (d->why & (MSE_WHY_MODEL_GONE | MSE_WHY_MODEL_FULL)) return "model does not fit these lists";
	if (d->notes & CS_MSE_NOTE_ZERO_MARGIN) return "empty margin";
	if (d->notes & CS_MSE_NOTE_BOUNDARY) return "fit at the boundary";
	if (d->notes & CS_MSE_NOTE_NOCONV) return "no convergence";
	if (d->notes & CS_MSE_NOTE_NO_RECAPTURE) return "no one on both lists";
	return NULL;
}

/* FILE_patterns.EXT for --plot FILE.EXT (the script alone: FILE_patterns.gp). */
static char *patterns_path(const struct cs_chart_target *pt)
{
	const char *path = pt->image ? pt->image : pt->script;
	const char *dot = strrchr(path, '.');
	char *s = NULL;
	if (!dot || asprintf(&s, "%.*s%s%s", (int)(dot - path), path, MSE_PATTERNS_SUFFIX, dot) < 0)
		return NULL;
	return s;
}

static int estimates(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		     struct cs_err *err)
{
	const struct mse_opts *o = job->opts;
	struct cs_chart_mse_row *rows = calloc(res->nrows + 1, sizeof *rows);
	struct cs_chart_mse_panel *panels = calloc(res->nrows + 1, sizeof *panels);
	if (!rows || !panels) {
		free(rows), free(panels);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	size_t np = 0, nr = 0, left = 0, cur = (size_t)-1, models = 0;
	for (size_t r = 0; r < res->nrows; r++) {
		const struct mse_row *d = cs_result_row_data(res, r);
		if (d->group != cur) {
			cur = d->group;
			models = 0;
			panels[np].title = o->by ? (d->kind == MSE_SUM ? MSE_SUM_LABEL : cs_result_str(res, r, mse_col(o, MSE_GROUP)))
				       : NULL;
			if (panels[np].title && !panels[np].title[0])
				panels[np].title = "(empty)";
			panels[np].observed = cs_result_num(res, r, mse_col(o, MSE_OBS));
			panels[np].rows = rows + nr;
			np++;
		}
		if ((d->kind == MSE_LOGLIN || d->kind == MSE_TWO) && ++models > MAX_MODEL_ROWS) {
			left++;
			continue;
		}
		const char *model = cs_result_str(res, r, mse_col(o, MSE_MODEL));
		int chao = d->kind == MSE_CHAO || (d->kind == MSE_SUM && d->of == MSE_CHAO);
		const struct cs_mse2_method *m = cs_mse2_method_find(model);
		const char *label = chao ? "Chao's lower bound" : m ? m->title : d->kind == MSE_NONE ? "no estimate" : model;
		if (d->kind == MSE_SUM && d->of == MSE_LOGLIN && !o->have_model)
			label = o->crit == CS_MSE_AIC ? "sum of best models (AIC)" : "sum of best models (BIC)";
		rows[nr] = (struct cs_chart_mse_row){
			label,
			chao ? CS_CHART_MSE_CHAO : CS_CHART_MSE_MODEL, cs_result_num(res, r, mse_col(o, MSE_EST)),
			cs_result_num(res, r, mse_col(o, MSE_LO)), isinf(d->upper) ? INFINITY
			: cs_result_num(res, r, mse_col(o, MSE_HI)), d->kind == MSE_LOGLIN ? d->gap : NAN, short_why(d),
			res->row[r].suppressed
		};
		if (isnan(rows[nr].estimate))
			rows[nr].lower = rows[nr].upper = NAN;
		panels[np - 1].nrows++;
		nr++;
	}
	struct cs_text lists = CS_TEXT_INIT, iv = CS_TEXT_INIT, note = CS_TEXT_INIT;
	for (int k = 0; o->t > 2 && k < o->t; k++)
		cs_text_add(&lists, "%s%d %s", k ? ", " : "", k + 1, o->name[k]);
	cs_text_add(&iv, "%s; Chao's bound: log-normal",
		    strcmp(o->interval->name, "profile") == 0 ? "profile likelihood" : o->interval->title);
	if (o->by)
		cs_text_add(&iv, "; all strata: %s", strcmp(o->interval->name, "wald") == 0 ? "Wald" : "log-normal");
	if (left)
		cs_text_add(&note, "Only the best %d models of each group are drawn (%zu more rows in the table).",
			    MAX_MODEL_ROWS, left);
	struct cs_chart_mse c = { NULL, o->t > 2 ? (o->crit == CS_MSE_AIC ? "AIC" : "BIC") : NULL, cs_text_str(&iv),
				  lists.n ? cs_text_str(&lists) : NULL, note.n ? cs_text_str(&note) : NULL,
				  job->common->conf, cs_chart_caption_k(job->common->min_cell), np, panels };
	int rc = lists.failed || iv.failed || note.failed ? cs_err_set(err, CS_EXIT_ENV, "out of memory")
							  : cs_chart_write(pt, write_estimates, &c, err);
	cs_text_free(&lists), cs_text_free(&iv), cs_text_free(&note);
	free(rows), free(panels);
	return rc;
}

static int patterns(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		    struct cs_err *err)
{
	const struct mse_opts *o = job->opts;
	struct cs_chart_patterns_group *gs = calloc(res->nrows + 1, sizeof *gs);
	if (!gs)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t ng = 0;
	for (size_t r = 0; r < res->nrows; r++) {
		const struct mse_row *d = cs_result_row_data(res, r);
		if (!d->first || d->kind == MSE_SUM)
			continue;
		struct cs_chart_patterns_group *g = &gs[ng++];
		g->title = o->by ? cs_result_str(res, r, mse_col(o, MSE_GROUP)) : NULL;
		if (g->title && !g->title[0])
			g->title = "(empty)";
		g->observed = cs_result_num(res, r, mse_col(o, MSE_OBS));
		for (unsigned p = 1; p < (1u << o->t); p++) {
			g->hidden[p] = d->hidden[p] || d->hidden_n;
			g->count[p] = g->hidden[p] ? NAN : d->y[p];
		}
	}
	struct cs_chart_patterns c = { NULL, o->t, { NULL }, cs_chart_caption_k(job->common->min_cell), NULL, ng, gs };
	for (int k = 0; k < o->t; k++)
		c.names[k] = o->name[k];
	int rc = cs_chart_write(pt, write_patterns, &c, err);
	free(gs);
	return rc;
}

int cs_mse_chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	int rc = estimates(job, res, pt, err);
	if (rc)
		return rc;
	char *path = patterns_path(pt);
	if (!path)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct cs_chart_target t2;
	rc = cs_chart_target_init(&t2, path, job->cmd->name, err);
	if (!rc)
		rc = patterns(job, res, &t2, err);
	cs_chart_target_free(&t2);
	free(path);
	return rc;
}
