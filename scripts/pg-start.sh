#!/bin/sh
# Installs (if needed) and starts Debian's PostgreSQL 15 for the comms benchmark's peer; tuned like the
# storage probe (shared_buffers 4GB, work_mem 256MB, 2 parallel workers). Idempotent.
set -eu
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql/15 ]; then
  apt-get install -y postgresql
fi
if pg_lsclusters -h | awk '$1 == 15 && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
  echo "postgresql 15 main already online"
else
  pg_ctlcluster 15 main start -- -o "-c shared_buffers=4GB -c work_mem=256MB -c maintenance_work_mem=2GB \
  -c max_wal_size=16GB -c random_page_cost=1.1 -c max_parallel_workers_per_gather=2 -c synchronous_commit=off"
fi
# The bench connects over the local socket as a role of its own, with a database of its own.
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'skein_bench'\"" | grep -q 1 ||
  su postgres -c "psql -c \"CREATE ROLE skein_bench LOGIN PASSWORD 'skein_bench'\""
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'skein_bench'\"" | grep -q 1 ||
  su postgres -c "createdb -O skein_bench skein_bench"
# The peer loads its CSV with server-side COPY.
su postgres -c "psql -qc \"GRANT pg_read_server_files TO skein_bench\""
echo "postgresql 15 main online"
