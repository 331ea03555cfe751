"""Build detailed patients on several processes; results come back in job order (deterministic)."""

import multiprocessing
from collections.abc import Sequence

from relais.synth.detailed import Context, Job, PatientTruth, build_patient


def _build(args: tuple[Job, Context]) -> PatientTruth:
    return build_patient(*args)


def run_jobs(jobs: Sequence[Job], context: Context, *, workers: int) -> list[PatientTruth]:
    if workers <= 1 or len(jobs) < 50:
        return [build_patient(job, context) for job in jobs]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_build, [(job, context) for job in jobs], chunksize=25)
