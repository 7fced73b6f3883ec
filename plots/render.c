/* render.c - running gnuplot on a finished script (see render.h). */
#include "render.h"
#include "gnuplot.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int cs_render_available(void)
{
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = "/bin:/usr/bin";   /* what posix_spawnp uses when PATH is unset */
	while (*path) {
		const char *colon = strchr(path, ':');
		size_t len = colon ? (size_t)(colon - path) : strlen(path);
		char buf[4096];
		if (len == 0)
			snprintf(buf, sizeof buf, "./gnuplot");
		else
			snprintf(buf, sizeof buf, "%.*s/gnuplot", (int)len, path);
		struct stat st;
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode) && access(buf, X_OK) == 0)
			return 1;
		path += len + (colon ? 1 : 0);
	}
	return 0;
}

static void set_msg(char *msg, size_t size, const char *fmt, int v)
{
	if (msg && size)
		snprintf(msg, size, fmt, v);
}

/* The first non-empty line of what gnuplot wrote to its standard error,
 * without the blank lines and the caret line it draws under a script line. */
static void first_line(const char *text, char *msg, size_t size)
{
	const char *p = text;
	while (*p) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		size_t k = 0;
		while (k < len && (p[k] == ' ' || p[k] == '\t' || p[k] == '^'))
			k++;
		if (k < len) {
			snprintf(msg, size, "%.*s", (int)(len - k), p + k);
			return;
		}
		p += len + (end ? 1 : 0);
	}
	if (size)
		msg[0] = '\0';
}

int cs_render_run(const char *dir, const char *script, const char *output,
		  char *msg, size_t msgsize)
{
	if (msg && msgsize)
		msg[0] = '\0';
	if (!cs_gp_name_ok(output))
		return CS_PLOT_ENAME;
	char *q, *cmd;
	int st = cs_gp_quote_str(output, &q);
	if (st)
		return st;
	int k = asprintf(&cmd, "cs_output='./%s", q + 1);
	free(q);
	if (k < 0)
		return CS_PLOT_ENOMEM;

	int fds[2];
	if (pipe2(fds, O_CLOEXEC) != 0) {
		if (msg && msgsize)
			snprintf(msg, msgsize, "cannot start gnuplot: %s", strerror(errno));
		free(cmd);
		return CS_PLOT_ERENDER;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (dir)
		posix_spawn_file_actions_addchdir_np(&fa, dir);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 2);

	char *argv[] = { "gnuplot", "-d", "-e", cmd, (char *)script, NULL };
	pid_t pid;
	int e = posix_spawnp(&pid, "gnuplot", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	free(cmd);
	if (e != 0) {
		close(fds[0]);
		if (e == ENOENT)
			return CS_PLOT_ENOGNUPLOT;
		if (msg && msgsize)
			snprintf(msg, msgsize, "cannot start gnuplot: %s", strerror(e));
		return CS_PLOT_ERENDER;
	}

	/* collect standard error until gnuplot closes it */
	char err[2048];
	size_t n = 0;
	for (;;) {
		char buf[512];
		ssize_t r = read(fds[0], buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		size_t take = (size_t)r < sizeof err - 1 - n ? (size_t)r : sizeof err - 1 - n;
		memcpy(err + n, buf, take);
		n += take;
	}
	err[n] = '\0';
	close(fds[0]);
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			if (msg && msgsize)
				snprintf(msg, msgsize, "cannot wait for gnuplot: %s", strerror(errno));
			return CS_PLOT_ERENDER;
		}
	if (msg && msgsize)
		first_line(err, msg, msgsize);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return CS_PLOT_OK;
	if (msg && msgsize && !msg[0]) {
		if (WIFEXITED(status))
			set_msg(msg, msgsize, "gnuplot exited with status %d", WEXITSTATUS(status));
		else if (WIFSIGNALED(status))
			set_msg(msg, msgsize, "gnuplot was killed by signal %d", WTERMSIG(status));
	}
	return CS_PLOT_ERENDER;
}

/* ---- reproducible PDF ------------------------------------------------ */

static int all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int cs_render_pdf_set_date(const char *path, long long epoch)
{
	FILE *f = fopen(path, "r+b");
	if (!f)
		return CS_PLOT_EIO;
	if (fseek(f, 0, SEEK_END) != 0) {
		fclose(f);
		return CS_PLOT_EIO;
	}
	long size = ftell(f);
	if (size < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return CS_PLOT_EIO;
	}
	char *buf = malloc((size_t)size + 1);
	if (!buf) {
		fclose(f);
		return CS_PLOT_ENOMEM;
	}
	if (fread(buf, 1, (size_t)size, f) != (size_t)size) {
		free(buf);
		fclose(f);
		return CS_PLOT_EIO;
	}
	buf[size] = '\0';

	time_t t = (time_t)epoch;
	struct tm tm;
	char stamp[32];
	if (!gmtime_r(&t, &tm) ||
	    snprintf(stamp, sizeof stamp, "%04d%02d%02d%02d%02d%02d", tm.tm_year + 1900,
		     tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec) != 14) {
		free(buf);
		fclose(f);
		return CS_PLOT_EDATA;
	}
	static const char *const keys[] = { "/CreationDate (D:", "/ModDate (D:" };
	int found = 0, st = CS_PLOT_OK;
	for (size_t k = 0; k < 2 && !st; k++) {
		size_t klen = strlen(keys[k]);
		/* the PDF may hold NUL bytes (compressed streams): search with memmem */
		const char *p = buf, *end = buf + size;
		while ((p = memmem(p, (size_t)(end - p), keys[k], klen)) != NULL) {
			const char *d = p + klen;
			if (end - d >= 14 && all_digits(d, 14)) {
				if (fseek(f, (long)(d - buf), SEEK_SET) != 0 || fwrite(stamp, 1, 14, f) != 14) {
					st = CS_PLOT_EIO;
					break;
				}
				if (k == 0)
					found = 1;
			}
			p = d;
		}
	}
	free(buf);
	if (fclose(f) != 0 && !st)
		st = CS_PLOT_EIO;
	if (!st && !found)
		st = CS_PLOT_EDATA;
	return st;
}
