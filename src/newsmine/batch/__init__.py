"""Batch analysis of many inputs, split into shards, on local processes or a Dask cluster.

`plan.py` plans the shards, `shard.py` does one shard (read, analyse, write), `output.py` writes
Parquet files and the manifest atomically, `local.py` and `on_dask.py` are the engines, and
`run.py` (`run_batch`) drives them. `newsmine batch` (cli/batch.py) is the command.
"""
