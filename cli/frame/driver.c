/* driver.c - parse, plan, read, compute, finish, write (see driver.h). */
#include "cli/frame/driver.h"
#include "cli/frame/finish.h"
#include "cli/frame/help.h"
#include "cli/frame/reduce.h"
#include "cli/io/outfile.h"
#include "cli/io/output.h"
#include "cli/io/progress.h"

#include <stdlib.h>
#include <string.h>

int cs_plan_input(struct cs_job *job, struct cs_err *err)
{
	if (job->noperand != 1)
		return cs_err_usage(err, job->cmd->name, job->noperand ? "give one input FILE (or - for standard input)"
				    : "missing input FILE (or - for standard input)");
	job->input = job->operand[0];
	return 0;
}

int cs_plan_read(struct cs_job *job, const char *const *col, size_t n, int label, struct cs_err *err)
{
	size_t max = sizeof job->columns / sizeof job->columns[0];
	if (n > max)
		return cs_err_usage(err, job->cmd->name, "at most %zu columns can be read at once", max);
	job->input = job->operand[0];
	memcpy(job->columns, col, n * sizeof *col);
	job->ncolumns = n;
	job->label = label;
	return 0;
}

int cs_job_init(struct cs_job *job, const struct cs_command *cmd, struct cs_common *common, struct cs_err *err)
{
	memset(job, 0, sizeof *job);
	job->cmd = cmd;
	job->common = common;
	job->label = job->match = -1;
	job->opts = calloc(1, cmd->opts_size ? cmd->opts_size : 1);
	if (!job->opts)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (cmd->init)
		cmd->init(job->opts);
	return 0;
}

void cs_job_free(struct cs_job *job)
{
	if (job->opts && job->cmd->fini)
		job->cmd->fini(job->opts);
	free(job->opts);
	job->opts = NULL;
}

int cs_job_plan(struct cs_job *job, struct cs_err *err)
{
	int rc = cs_common_ready(job->common, job->cmd->name, err);
	if (!rc)
		rc = job->cmd->plan(job, err);
	if (!rc && job->input)
		job->input_name = cs_input_name(job->input);
	return rc;
}

int cs_job_result(struct cs_job *job, struct cs_result *res, int explain, struct cs_err *err)
{
	const struct cs_command *cmd = job->cmd;
	memset(res, 0, sizeof *res);
	void *data = NULL;
	int rc = 0;
	if (job->input)
		rc = cs_read_reduce(job, cmd->reduce, &data, err);
	if (!rc)
		rc = cmd->compute(job, data, res, err);
	if (!rc && (!cs_result_ok(res) || cs_result_finish(res, explain, cmd->explain, job) != 0))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (job->input)
		cs_reduce_free(cmd->reduce, data);
	return rc;
}

/* An analysis, written where and as the options say. */
static int analyse(struct cs_job *job, struct cs_err *err)
{
	const struct cs_common *c = job->common;
	struct cs_chart_target chart;
	memset(&chart, 0, sizeof chart);
	struct cs_result res;
	memset(&res, 0, sizeof res);
	int rc = cs_job_plan(job, err);
	if (!rc && c->plot)
		rc = cs_chart_target_init(&chart, c->plot, job->cmd->name, err);
	if (!rc)
		rc = cs_job_result(job, &res, c->explain, err);
	struct cs_outfile out;
	if (!rc && (rc = cs_outfile_open(&out, c->output, err)) == 0) {
		int st = cs_result_write(out.fp, &res, cs_common_format(c), c->explain);
		if (st == -2) {
			cs_outfile_abort(&out);
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		} else {
			rc = cs_outfile_commit(&out, err);
		}
	}
	if (!rc && c->plot)
		rc = job->cmd->chart(job, &res, &chart, err);
	cs_chart_target_free(&chart);
	cs_result_free(&res);
	return rc;
}

int cs_command_main(const struct cs_command *cmd, int argc, char **argv, struct cs_err *err)
{
	if (cs_opts_wants_help(argc, argv)) {
		cs_command_help(cmd, stdout);
		return 0;
	}
	struct cs_common common;
	cs_common_init(&common);
	struct cs_job job;
	int rc = cs_job_init(&job, cmd, &common, err);
	struct cs_opts o;
	cs_opts_init(&o, cmd->name, cmd->options, job.opts, &common);
	if (!rc)
		rc = cs_opts_parse(&o, argc, argv, err);
	if (!rc && common.progress)
		cs_progress_mode(CS_PROGRESS_ON);
	job.operand = o.operand;
	job.noperand = o.noperand;
	if (!rc)
		rc = cmd->run ? cmd->run(&job, err) : analyse(&job, err);
	cs_opts_free(&o);
	cs_job_free(&job);
	cs_common_free(&common);
	return rc;
}
