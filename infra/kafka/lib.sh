# Settings and helpers shared by infra/kafka/start and infra/kafka/stop (sourced, not run).
# shellcheck shell=bash disable=SC2034 # the variables are used by the scripts that source this file.

host="${KAFKA_HOST:-127.0.0.1}"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
heap="${KAFKA_HEAP:--Xmx512m -Xms512m}"
start_timeout="${KAFKA_START_TIMEOUT:-90}"
runtime_dir="${KAFKA_RUNTIME_DIR:-$kafka_dir/.runtime}"
data_dir="${KAFKA_DATA_DIR:-$runtime_dir/data}"
sasl_ssl_port="${KAFKA_SASL_SSL_PORT:-}"
broker_tls_dir="${KAFKA_BROKER_TLS_DIR:-$runtime_dir/tls}"
libs_dir="$kafka_dir/.build/libs"

pid_file="$runtime_dir/kafka.pid"
# Holds the pid once the broker logged that it started; a pid file alone may be a start in progress.
started_file="$runtime_dir/kafka.started"
lock_file="$runtime_dir/kafka.lock"
properties_file="$runtime_dir/server.properties"
log4j_file="$runtime_dir/log4j2.xml"
log_file="$runtime_dir/server.log"

# True while the process exists and is not a zombie.
process_alive() {
  local state
  state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [[ -n "$state" && "$state" != Z* ]]
}

# True when the pid file names a live broker started with our server.properties (not a reused pid).
broker_running() {
  local pid
  pid="$(cat "$pid_file" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && process_alive "$pid" || return 1
  ps -o args= -p "$pid" 2>/dev/null | grep -qF "kafka.Kafka $properties_file"
}

port_answers() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}
