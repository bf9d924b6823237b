"""What every reader script here shares: each finding is a check() that
records what is wrong when it is not ok; the script then prints the list of
problems and exits 1 if there is any (each script words its own summary).
"""

problems = []


def check(ok, what):
    """Records `what` as a problem unless `ok`; returns `ok`."""
    if not ok:
        problems.append(what)
    return ok
