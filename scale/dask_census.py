#!/usr/bin/python3
"""A census of stem-cell clinics over many WARC files, on Dask distributed.

Runs the stages of `clinicrank archive` (docs/scale.md) as Dask tasks, on a
laptop (a LocalCluster, the default) or on a cluster (--scheduler):

  1. sites:   one `clinicrank archive sites` task per WARC file
  2. route:   one `clinicrank archive route` task per WARC file
  3. extract: one `clinicrank extract --by-site` task per shard

and merges the shards' facts into OUT/census.jsonl: one clinic per site with
at least one page that mentions the treatment, every page of that site
(wherever it was in the files), sorted by site. The result equals
`clinicrank extract --by-site --relevant-only --warc FILE...` over all the
files at once, which would need one machine and one process.

A task that fails (a WARC file that cannot be read, an extractor that
crashes) is retried (--retries, default once) and then reported on stderr
and in OUT/report.json; the other tasks go on, the census lists what was
read, and the exit status is 1. Nothing is dropped silently.

Usage:
  /usr/bin/python3 scale/dask_census.py --out census WARC...
  /usr/bin/python3 scale/dask_census.py --scheduler tcp://HOST:8786 \\
      --clinicrank /opt/clinicrank/bin/clinicrank --out /shared/census \\
      --warc-list /shared/cc-main-2024-51.txt

On a cluster, every worker must see the WARC files, OUT and the clinicrank
binary at the same paths (a shared file system).

Exit status: 0 every task succeeded; 1 some task failed after its retries
(listed) or the cluster could not be reached; 2 usage error.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import uuid

STDERR_TAIL_LINES = 20


def log(message):
    print(f"dask_census: {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------- worker side
# These run on the workers. Each task is one clinicrank process; its output
# reaches its final name only by rename, so a retried or killed task never
# leaves half a file behind.


def run_clinicrank(argv, stdout_path=None):
    """Runs argv; raises RuntimeError (exit status or signal, stderr tail) on failure."""
    start = time.time()
    tmp = None
    if stdout_path:
        tmp = f"{stdout_path}.tmp-{uuid.uuid4().hex}"
        with open(tmp, "wb") as out:
            proc = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE)
    else:
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.decode("utf-8", "replace").splitlines()[-STDERR_TAIL_LINES:]
    if proc.returncode != 0:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        how = (f"exit status {proc.returncode}" if proc.returncode > 0
               else f"crashed (signal {-proc.returncode})")
        raise RuntimeError(f"{' '.join(argv[1:3])}: {how}: " + " | ".join(err))
    if tmp:
        os.replace(tmp, stdout_path)
    return {"seconds": round(time.time() - start, 3), "stderr": err}


# ----------------------------------------------------------------- client side


class Stage:
    """Submits one task per item and retries failures; reports progress."""

    def __init__(self, client, name, retries):
        self.client = client
        self.name = name
        self.retries = retries
        self.results = {}   # item -> worker result
        self.failures = {}  # item -> last error
        self.attempts = {}  # item -> attempts made

    def run(self, tasks):
        """tasks: {item: (function, args)}. Returns when every item succeeded or failed."""
        from distributed import as_completed

        start = time.time()
        pending = {}
        for item, (fn, args) in tasks.items():
            pending[self._submit(item, fn, args)] = item
        total = len(tasks)
        queue = as_completed(list(pending))
        for future in queue:
            item = pending.pop(future)
            fn, args = tasks[item]
            if future.status == "finished":
                self.results[item] = future.result()
            else:
                error = str(future.exception()) or type(future.exception()).__name__
                if self.attempts[item] <= self.retries:
                    log(f"[{self.name}] {item}: failed ({error}); retrying "
                        f"(attempt {self.attempts[item] + 1} of {self.retries + 1})")
                    retry = self._submit(item, fn, args)
                    pending[retry] = item
                    queue.add(retry)
                    continue
                self.failures[item] = error
                log(f"[{self.name}] {item}: FAILED after {self.attempts[item]} attempts: {error}")
            done = len(self.results) + len(self.failures)
            log(f"[{self.name}] {done}/{total} done, {len(self.failures)} failed "
                f"({time.time() - start:.1f} s)")
        return self

    def _submit(self, item, fn, args):
        self.attempts[item] = self.attempts.get(item, 0) + 1
        return self.client.submit(fn, *args, pure=False,
                                  key=f"{self.name}-{uuid.uuid4().hex}")

    def report(self):
        rows = []
        for item in sorted(set(self.results) | set(self.failures)):
            row = {"stage": self.name, "input": item, "attempts": self.attempts[item]}
            if item in self.failures:
                row.update(status="failed", error=self.failures[item])
            else:
                row.update(status="ok", seconds=self.results[item]["seconds"])
            rows.append(row)
        return rows


def write_atomically(path, text):
    tmp = f"{path}.tmp-{uuid.uuid4().hex}"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def read_warc_list(args):
    warcs = list(args.warc)
    if args.warc_list:
        with open(args.warc_list, encoding="utf-8") as f:
            warcs += [line.strip() for line in f if line.strip() and not line.startswith("#")]
    return [os.path.abspath(w) for w in warcs]


def default_clinicrank():
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "build", "app", "clinicrank")
    if os.access(built, os.X_OK):
        return os.path.abspath(built)
    return shutil.which("clinicrank") or "clinicrank"


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="dask_census.py",
        description="Census of stem-cell clinics over many WARC files on Dask distributed: "
                    "clinicrank archive sites / route per file, extract --by-site per shard.",
        epilog="Example: /usr/bin/python3 scale/dask_census.py --out census crawl/*.warc.gz")
    p.add_argument("warc", nargs="*", help="WARC files (plain or gzip)")
    p.add_argument("--warc-list", help="a file with one WARC path per line")
    p.add_argument("--out", required=True, help="output directory (census.jsonl, report.json, "
                                                 "sites/, shards/, facts/)")
    p.add_argument("--scheduler", help="a Dask scheduler, e.g. tcp://HOST:8786 "
                                       "(default: a LocalCluster on 127.0.0.1)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="LocalCluster worker processes (default: the number of cores)")
    p.add_argument("--shards", type=int, default=0,
                   help="shards of stage 2 (default: one per WARC file, at most 10000)")
    p.add_argument("--retries", type=int, default=1, help="retries per failed task (default: 1)")
    p.add_argument("--clinicrank", default=default_clinicrank(),
                   help="the clinicrank binary, at the same path on every worker "
                        "(default: build/app/clinicrank beside this script, else on PATH)")
    args = p.parse_args(argv)
    args.warcs = read_warc_list(args)
    if not args.warcs:
        p.error("give WARC files or --warc-list")
    if args.shards <= 0:
        args.shards = max(1, min(10000, len(args.warcs)))
    if args.workers < 1 or args.retries < 0:
        p.error("--workers must be at least 1 and --retries at least 0")
    return args


def connect(args):
    from distributed import Client, LocalCluster

    if args.scheduler:
        log(f"connecting to {args.scheduler}")
        return Client(args.scheduler, timeout="30s"), None
    log(f"starting a LocalCluster of {args.workers} worker processes on 127.0.0.1")
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def census(args, client):
    out = os.path.abspath(args.out)
    cr = os.path.abspath(args.clinicrank) if os.sep in args.clinicrank else args.clinicrank
    for sub in ("sites", "shards", "facts"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)  # nothing stale from a last run
        os.makedirs(os.path.join(out, sub))
    part = {w: f"{i:06d}" for i, w in enumerate(args.warcs)}

    # Stage 1: relevant sites per file.
    sites = Stage(client, "sites", args.retries).run({
        w: (run_clinicrank, ([cr, "archive", "sites", w, "-q", "-o",
                              os.path.join(out, "sites", part[w] + ".txt")],))
        for w in args.warcs})
    listed = set()
    for w in sites.results:
        with open(os.path.join(out, "sites", part[w] + ".txt"), encoding="utf-8") as f:
            listed.update(line.rstrip("\n") for line in f if line.strip())
    site_list = os.path.join(out, "sites.txt")
    write_atomically(site_list, "".join(s + "\n" for s in sorted(listed)))
    log(f"[sites] {len(listed)} sites with a page that mentions the treatment")

    # Stage 2: route every page of those sites, from each file read in stage 1.
    shards_dir = os.path.join(out, "shards")
    route = Stage(client, "route", args.retries).run({
        w: (run_clinicrank, ([cr, "archive", "route", w, "--sites", site_list, "--out",
                              shards_dir, "--shards", str(args.shards), "--part", part[w],
                              "-q"],))
        for w in args.warcs if w in sites.results})

    # Stage 3: extract each shard, its parts in input order.
    tasks = {}
    for shard in sorted(os.listdir(shards_dir)):
        parts = sorted(os.path.join(shards_dir, shard, p)
                       for p in os.listdir(os.path.join(shards_dir, shard))
                       if p.endswith(".warc.gz") and not p.startswith("."))
        if parts:
            tasks[shard] = (run_clinicrank,
                            ([cr, "extract", "--by-site", "-j", "1", "--warc"] + parts,
                             os.path.join(out, "facts", shard + ".jsonl")))
    extract = Stage(client, "extract", args.retries).run(tasks)

    # Merge: one line per site, sorted by site.
    lines = []
    for shard in extract.results:
        with open(os.path.join(out, "facts", shard + ".jsonl"), encoding="utf-8") as f:
            lines += [(json.loads(line)["source"], line) for line in f if line.strip()]
    lines.sort(key=lambda pair: pair[0])
    write_atomically(os.path.join(out, "census.jsonl"), "".join(line for _, line in lines))

    rows = sites.report() + route.report() + extract.report()
    failed = [r for r in rows if r["status"] == "failed"]
    write_atomically(os.path.join(out, "report.json"),
                     json.dumps({"clinics": len(lines), "sites": len(listed),
                                 "warc_files": len(args.warcs), "shards": args.shards,
                                 "failed": len(failed), "tasks": rows}, indent=1) + "\n")
    log(f"census: {len(lines)} clinics from {len(args.warcs)} WARC files -> "
        f"{os.path.join(out, 'census.jsonl')}")
    if failed:
        log(f"{len(failed)} task(s) failed after retries; the census lacks what they held:")
        for r in failed:
            log(f"  {r['stage']} {r['input']}: {r['error']}")
        return 1
    return 0


def main(argv):
    args = parse_args(argv)
    try:
        import distributed  # noqa: F401
    except ImportError:
        log("error: the Python package 'distributed' is missing "
            "(Debian: apt-get install python3-distributed; run with /usr/bin/python3)")
        return 1
    try:
        client, cluster = connect(args)
    except OSError as e:
        log(f"error: cannot reach the Dask scheduler: {e}")
        return 1
    try:
        return census(args, client)
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
