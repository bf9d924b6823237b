"""What every reader script here shares: each finding is a check() that
records what is wrong when it is not ok; the script then prints the list of
problems and exits 1 if there is any (each script words its own summary;
verdict() prints the usual one).
"""

problems = []


def check(ok, what):
    """Records `what` as a problem unless `ok`; returns `ok`."""
    if not ok:
        problems.append(what)
    return ok


def verdict(summary):
    """Prints every problem and returns 1, or prints `summary` and returns 0."""
    if problems:
        print("\n".join(problems))
        return 1
    print(summary)
    return 0
