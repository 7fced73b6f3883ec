/* keyfile.c - reading and making pseudonymisation keys (see keyfile.h). */
#include "cli/io/keyfile.h"
#include "cli/core/pseudonym.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

int cs_key_read(const char *path, struct cs_key *k, struct cs_err *err)
{
	k->len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return cs_err_set(err, CS_EXIT_ENV, "cannot read key file '%s': %s", path, strerror(errno));
	struct stat st;
	int rc = 0;
	if (fstat(fd, &st) != 0) {
		rc = cs_err_set(err, CS_EXIT_ENV, "cannot read key file '%s': %s", path, strerror(errno));
	} else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
		rc = cs_err_set(err, CS_EXIT_ENV, "key file '%s' is not a regular file", path);
	} else if (S_ISREG(st.st_mode) && (st.st_mode & 077)) {
		rc = cs_err_set(err, CS_EXIT_ENV,
				"key file '%s' is open to other users (mode %04o); whoever can read the "
				"key can re-identify the pseudonyms: make it private with chmod 600 '%s'",
				path, (unsigned)(st.st_mode & 07777), path);
	}
	/* read one byte more than the maximum, to tell a key from a long file */
	uint8_t extra;
	while (!rc) {
		ssize_t n = k->len < CS_KEY_MAX ? read(fd, k->bytes + k->len, CS_KEY_MAX - k->len)
						: read(fd, &extra, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot read key file '%s': %s", path, strerror(errno));
		} else if (n == 0) {
			break;
		} else if (k->len == CS_KEY_MAX) {
			rc = cs_err_set(err, CS_EXIT_ENV, "key file '%s' is longer than %d bytes: is it "
					"really a key? (make one with: casestat keygen FILE)", path, CS_KEY_MAX);
		} else {
			k->len += (size_t)n;
		}
	}
	close(fd);
	if (!rc && k->len < CS_PSEUDONYM_KEY_MIN)
		rc = cs_err_set(err, CS_EXIT_ENV, "key file '%s' holds %zu byte%s; a key needs at least %d "
				"(make one with: casestat keygen FILE)", path, k->len,
				k->len == 1 ? "" : "s", CS_PSEUDONYM_KEY_MIN);
	if (rc)
		cs_key_wipe(k);
	return rc;
}

static int fill_random(uint8_t *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = getrandom(buf + got, n - got, 0);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		got += (size_t)k;
	}
	return 0;
}

static int write_all(int fd, const uint8_t *buf, size_t n)
{
	while (n) {
		ssize_t k = write(fd, buf, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += k, n -= (size_t)k;
	}
	return 0;
}

int cs_key_generate(const char *path, size_t nbytes, struct cs_err *err)
{
	struct cs_key k;
	if (nbytes < CS_PSEUDONYM_KEY_MIN || nbytes > CS_KEY_MAX)
		return cs_err_set(err, CS_EXIT_ENV, "a key has %d to %d bytes", CS_PSEUDONYM_KEY_MIN, CS_KEY_MAX);
	/* the random bytes first: a failure then leaves no file behind */
	if (fill_random(k.bytes, nbytes) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "cannot get random bytes: %s", strerror(errno));
	k.len = nbytes;

	/* a signal now would leave a short or empty key file: hold them back */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &old);
	int rc = 0;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			rc = cs_err_set(err, CS_EXIT_ENV, "'%s' exists: keygen never replaces a file (the "
					"pseudonyms made with an old key could no longer be linked)", path);
		else
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(errno));
	} else {
		/* exactly 0600 whatever the umask says */
		int bad = fchmod(fd, 0600) != 0 || write_all(fd, k.bytes, k.len) != 0 || fsync(fd) != 0;
		int e = errno;
		if (close(fd) != 0 && !bad)
			bad = 1, e = errno;
		if (bad) {
			unlink(path);
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", path, strerror(e));
		}
	}
	cs_key_wipe(&k);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return rc;
}

void cs_key_wipe(struct cs_key *k)
{
	explicit_bzero(k, sizeof *k);
}
