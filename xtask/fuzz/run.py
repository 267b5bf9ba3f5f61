"""Spec-conformance fuzz step of `cargo xtask ci`: runs schemathesis on each spec in specs/
against a freshly started sandbox, then reports per operation how many requests got a 2xx answer.

Run it with the Python of a venv that has requirements.txt installed (schemathesis is found
beside that interpreter):

    target/schemathesis-venv/bin/python xtask/fuzz/run.py --sandbox target/debug/otpkit-sandbox

It fails when schemathesis reports any failure or error for a spec (a 5xx, an answer that does
not match the spec, a crash; the checks and their per-operation exclusions are in
schemathesis.toml), when the sandbox panicked or died, or when an operation got no 2xx answer
at all (for pipwave, whose outcomes are all HTTP 200: no body `status` 200 for one of its two
actions), since such an operation's success answers were never checked.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml  # PyYAML, a dependency of schemathesis

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

PIPWAVE_ACTIONS = ("send-token", "verify-token-answer")


def vendors(specs: Path) -> list[str]:
    """Every vendor with a spec: the specs folder is the one list of them."""
    return sorted(spec.stem for spec in specs.glob("*.yaml"))


def start_sandbox(binary: Path, log) -> tuple[subprocess.Popen, str, dict[str, str]]:
    """Starts the sandbox on a free port; returns it, its address (http://127.0.0.1:PORT) and
    each vendor's base URL as its banner prints them (`  termii    TERMII_BASE_URL=http://ADDR/termii
    TERMII_API_KEY=...`), so the prefixes are the sandbox's own, not a copy."""
    process = subprocess.Popen(
        [str(binary), "--addr", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=log, text=True
    )
    # The banner is a few lines, well within the pipe's buffer, so stdout need not be drained.
    banner = process.stdout.readline().split()
    if banner[:4] != ["otpkit", "sandbox", "listening", "on"]:
        process.kill()
        sys.exit(f"fuzz: {binary} did not start (its log: {log.name})")
    addr, base_urls = banner[4], {}
    # One line per vendor: its name, then its client settings as NAME=value; and one `ids` line
    # with the id secret every vendor's clients share (no base URL: nothing to fuzz).
    while (line := process.stdout.readline().split())[:1] != ["inbox"]:
        if line[:1] == ["ids"]:
            continue
        settings = dict(word.split("=", 1) for word in line[1:] if "=" in word)
        base_url = next((v for k, v in settings.items() if k.endswith("_BASE_URL")), None)
        if not line or base_url is None:
            process.kill()
            sys.exit(f"fuzz: unexpected sandbox banner line {line} (its log: {log.name})")
        base_urls[line[0]] = base_url
    return process, addr, base_urls


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def operation_ids(spec: Path) -> list[str]:
    paths = yaml.safe_load(spec.read_text())["paths"]
    return [op["operationId"] for methods in paths.values() for op in methods.values() if "operationId" in op]


def expected_rows(name: str, spec: Path) -> list[str]:
    """The count rows that must each show a success: one per operation, one per pipwave action
    (hooks.py names the rows the same way)."""
    ids = operation_ids(spec)
    if name == "pipwave":
        return [f"{op} [{action}]" for op in ids for action in PIPWAVE_ACTIONS]
    return ids


def fuzz(name: str, args, out: Path) -> tuple[bool, list[str]]:
    """Fuzzes one spec; returns whether schemathesis passed and the rows that never succeeded."""
    spec = args.specs / f"{name}.yaml"
    counts_path = out / f"{name}.counts.json"
    counts_path.unlink(missing_ok=True)
    with open(out / f"{name}.sandbox.log", "w") as log:
        sandbox, addr, base_urls = start_sandbox(args.sandbox, log)
        try:
            if name not in base_urls:
                sys.exit(f"fuzz: the sandbox serves no {name} (it serves {', '.join(base_urls)})")
            env = {
                **os.environ,
                "SCHEMATHESIS_HOOKS": str(HERE / "hooks.py"),
                "OTPKIT_FUZZ_SANDBOX": addr,
                "OTPKIT_FUZZ_COUNTS": str(counts_path),
            }
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "--config-file", str(HERE / "schemathesis.toml"),
                "--no-color",
                "run", str(spec),
                "--url", base_urls[name],
                "--report", "junit", "--report-junit-path", str(out / f"{name}.junit.xml"),
                *args.schemathesis_args,
            ]
            print(f"fuzz: {' '.join(command)}", flush=True)
            # In `out`: hypothesis keeps its caches (.hypothesis/) in the working directory.
            passed = subprocess.run(command, env=env, cwd=out).returncode == 0
            if sandbox.poll() is not None:
                print(f"fuzz: the sandbox died during the run (exit {sandbox.returncode})")
                passed = False
        finally:
            stop(sandbox)
    # A panic in a request handler only drops that connection; the server goes on.
    if "panicked at" in (out / f"{name}.sandbox.log").read_text(errors="replace"):
        print(f"fuzz: the sandbox panicked (see {out / f'{name}.sandbox.log'})")
        passed = False
    counts = json.loads(counts_path.read_text()) if counts_path.exists() else {}
    print(f"\nfuzz: {name}: requests per operation, and how many got HTTP 2xx")
    missing = []
    pipwave = name == "pipwave"
    for row in sorted(set(expected_rows(name, spec)) | set(counts)):
        c = counts.get(row, {})
        line = f"  {row:<40} requests {c.get('requests', 0):>5}  2xx {c.get('2xx', 0):>5}"
        if pipwave:
            line += f"  body status 200 {c.get('body status 200', 0):>5}"
        print(line)
        success = c.get("body status 200" if pipwave else "2xx", 0)
        if row in expected_rows(name, spec) and success == 0:
            missing.append(f"{name} {row}")
    return passed, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", type=Path, default=ROOT / "target/debug/otpkit-sandbox")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--out", type=Path, default=ROOT / "target/fuzz", help="reports and logs")
    parser.add_argument("--only", action="append", help="fuzz only these vendors")
    parser.add_argument("schemathesis_args", nargs="*", help="extra `schemathesis run` options, after --")
    args = parser.parse_args()
    # Absolute: schemathesis runs in `out`.
    args.sandbox, args.specs, args.out = args.sandbox.resolve(), args.specs.resolve(), args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    failed, never = [], []
    for name in args.only or vendors(args.specs):
        start = time.monotonic()
        passed, missing = fuzz(name, args, args.out)
        print(f"fuzz: {name}: {'passed' if passed else 'FAILED'} in {time.monotonic() - start:.1f} s\n", flush=True)
        if not passed:
            failed.append(name)
        never += missing
    for row in never:
        print(f"fuzz: no successful answer for {row}")
    if failed:
        print(f"fuzz: schemathesis failed for {', '.join(failed)} (details above; reports in {args.out})")
    return 1 if failed or never else 0


if __name__ == "__main__":
    sys.exit(main())
