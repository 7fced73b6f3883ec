/* outfile.c - atomic output files (see outfile.h). */
#include "outfile.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Temporary files a signal must remove.  The handler only reads these
 * pointers and calls unlink(), which is async-signal-safe. */
#define MAX_PENDING 16
static char *volatile pending[MAX_PENDING];

static void remember(char *tmp)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (!pending[i]) {
			pending[i] = tmp;
			return;
		}
}

static void forget(const char *tmp)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i] == tmp)
			pending[i] = NULL;
}

static void on_signal(int sig)
{
	for (int i = 0; i < MAX_PENDING; i++)
		if (pending[i])
			unlink(pending[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void cs_outfile_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

int cs_outfile_open(struct cs_outfile *o, const char *path, struct cs_err *err)
{
	memset(o, 0, sizeof *o);
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	o->path = strdup(path);
	/* the temporary file lives in the target's directory, so rename(2)
	 * stays within one file system */
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
	size_t n = strlen(path) + 16;
	o->tmp = malloc(n);
	if (!o->path || !o->tmp) {
		cs_outfile_abort(o);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	snprintf(o->tmp, n, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		cs_outfile_abort(o);
		return cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(e));
	}
	remember(o->tmp);
	/* mkstemp makes the file 0600; give it the mode a new file would get */
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		int e = errno;
		close(fd);
		cs_outfile_abort(o);
		return cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(e));
	}
	return 0;
}

int cs_outfile_commit(struct cs_outfile *o, struct cs_err *err)
{
	if (!o->tmp) {   /* standard output */
		if (fflush(stdout) != 0 || ferror(stdout))
			return cs_err_set(err, CS_EXIT_ENV, "write error: %s", strerror(errno));
		return 0;
	}
	int bad = fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0;
	int e = errno;
	if (fclose(o->fp) != 0 && !bad)
		bad = 1, e = errno;
	o->fp = NULL;
	if (!bad && rename(o->tmp, o->path) != 0)
		bad = 1, e = errno;
	if (bad) {
		int rc = cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", o->path, strerror(e));
		cs_outfile_abort(o);
		return rc;
	}
	forget(o->tmp);
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return 0;
}

void cs_outfile_abort(struct cs_outfile *o)
{
	if (o->fp && o->fp != stdout)
		fclose(o->fp);
	o->fp = NULL;
	if (o->tmp) {
		unlink(o->tmp);
		forget(o->tmp);
		free(o->tmp);
	}
	free(o->path);
	o->tmp = o->path = NULL;
}
