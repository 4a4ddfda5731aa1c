#!/usr/bin/env bash
# The build-time budget of the endpoint table: how long rustc takes to
# compile dss-api (debug and release), how much memory it peaks at, how long
# a small user crate takes to build against it (from clean, and after a
# one-line change), and the size of the expansion per method; first with
# today's table, then with synthetic methods added until the table has
# TARGET methods (default 1500).
#
#   bash dss-api/benches/build_budget.sh [TARGET]
#
# It builds copies of dss-api and of a small user crate in a temporary
# workspace (its own target directory: the dependencies are compiled once
# there, which takes a few minutes), times each rustc run of the crates
# measured through a RUSTC_WRAPPER, and prints a table. The synthetic
# methods rotate through the shapes the real table uses most: a JSON answer,
# a list of a typed model, a handle built from an argument, nothing, a
# JSON body with optional members, a query with a list, a task, text.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=${1:-1500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A workspace with a copy of dss-api (and its spec) and a user crate.
mkdir -p "$work/dss-api" "$work/dss-api-derive" "$work/user/src"
cp -r "$root/dss-api/src" "$root/dss-api/Cargo.toml" "$work/dss-api/"
# The generator too, so that the copies agree whatever happens in the
# checkout meanwhile.
cp -r "$root/dss-api-derive/src" "$root/dss-api-derive/Cargo.toml" "$work/dss-api-derive/"
cp -rL "$root/spec" "$work/dss-api/spec"
cp "$root/Cargo.lock" "$work/"
sed -e 's|^members = .*|members = ["dss-api", "user"]|' \
    -e "s|^dss-api-derive = { path = \"dss-api-derive\"|dss-api-derive = { path = \"$work/dss-api-derive\"|" \
    "$root/Cargo.toml" > "$work/Cargo.toml"
# The copy needs no benches, examples or dev-dependencies to be built.
python3 - "$work/dss-api/Cargo.toml" "$work/dss-api-derive/Cargo.toml" <<'EOF'
import re, sys
for p in sys.argv[1:]:
    s = open(p).read()
    s = s.split("[dev-dependencies]")[0] + "\n[lints]\nworkspace = true\n"
    s = re.sub(r'\ninclude = .*\n', '\n', s)
    open(p, "w").write(s)
EOF
cat > "$work/user/Cargo.toml" <<'EOF'
[package]
name = "budget-user"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
dss-api = { path = "../dss-api" }
EOF
cat > "$work/user/src/main.rs" <<'EOF'
// A batch tool of the kind the README shows.
fn main() -> Result<(), dss_api::Error> {
    let client = dss_api::DssClient::new("http://localhost:11200", "key")?;
    let project = client.get_project("P");
    for d in project.list_datasets().send()? {
        println!("{}", d.name);
    }
    let keys = client.list_project_keys().send()?;
    println!("{} projects", keys.len());
    Ok(())
}
EOF

# Every rustc run of a measured crate appends "crate wall-seconds peak-KiB
# user-seconds system-seconds" (CPU time is what a shared machine changes
# least).
cat > "$work/wrap.sh" <<EOF
#!/usr/bin/env bash
crate=""
prev=""
for a in "\$@"; do
  if [ "\$prev" = "--crate-name" ]; then crate="\$a"; fi
  prev="\$a"
done
case "\$crate" in
  dss_api|budget_user)
    exec /usr/bin/time -a -o "$work/times" -f "\$crate %e %M %U %S" "\$@" ;;
  *) exec "\$@" ;;
esac
EOF
chmod +x "$work/wrap.sh"
export RUSTC_WRAPPER="$work/wrap.sh" CARGO_TARGET_DIR="$work/target"
cd "$work"

methods() {
  (cd "$root/dss-api-derive" && env -u RUSTC_WRAPPER -u CARGO_TARGET_DIR DSS_SPEC_INDEX="$work/dss-api/spec/index.dss" \
    cargo test -q --release --lib -- --ignored --nocapture expansion_size 2>/dev/null | grep '^expansion of')
}

last() { tail -n 1 "$work/times"; }

measure() {
  local label=$1
  echo "== $label: $(methods)"
  : > "$work/times"
  # The crate alone, from clean (its dependencies built), without
  # incremental state: what a first build or CI pays.
  cargo build -q -p dss-api 2>/dev/null
  cargo clean -q -p dss-api
  CARGO_INCREMENTAL=0 cargo build -q -p dss-api
  echo "dss-api debug: $(last)"
  cargo build -q --release -p dss-api 2>/dev/null
  cargo clean -q --release -p dss-api
  cargo build -q --release -p dss-api
  echo "dss-api release: $(last)"
  cargo clean -q -p budget-user
  cargo build -q -p budget-user
  echo "user crate, debug, from clean (dss-api built): $(last)"
  sed -i 's/println!("{} projects", keys.len());/println!("{} project(s)", keys.len());/' user/src/main.rs
  cargo build -q -p budget-user
  echo "user crate, debug, after a one-line change: $(last)"
  sed -i 's/println!("{} project(s)", keys.len());/println!("{} projects", keys.len());/' user/src/main.rs
}

measure "today's table"

# Synthetic methods, until the table has `target` methods.
have=$(methods | sed -E 's/.*: ([0-9]+) methods.*/\1/')
python3 - "$work/dss-api/spec" "$((target - have))" <<'EOF'
import sys
spec, n = sys.argv[1], int(sys.argv[2])
out = ['// Synthetic methods for the build-time budget.',
       'handle DssSynth { synth_id }',
       '/// A synthetic item.',
       'model SynthItem {',
       '    /// Its id.',
       '    id: String,',
       '    /// Its label.',
       '    label: Option<String>,',
       '    /// Its size.',
       '    size: i64 = default,',
       '} -> DssSynth(id)',
       'impl DssClient {',
       '    /// A synthetic handle.',
       '    get_synth(synth_id: str) -> DssSynth(synth_id);',
       '}',
       'impl DssSynth {']
shapes = [
    ('() -> Value', 'GET "/synth/{synth_id}/a%d";'),
    ('(include_all: bool = false) -> Vec<SynthItem>', 'GET "/synth/{synth_id}/b%d";\n        query { include_all }'),
    ('(name: str) -> DssSynth(name)', 'POST "/synth/{synth_id}/c%d";\n        body { name }'),
    ('(drop_data: bool = false)', 'DELETE "/synth/{synth_id}/d%d";\n        query { drop_data }'),
    ('(label: str, description: Option<str>, params: json = {}) -> Value',
     'PUT "/synth/{synth_id}/e%d";\n        body { label, description? = description, params }'),
    ('(tags: [str] = [], limit: int = 100) -> Vec<Value>', 'GET "/synth/{synth_id}/f%d";\n        query { tags, limit }'),
    ('() -> future', 'POST "/synth/{synth_id}/g%d";'),
    ('(index: int) -> text', 'GET "/synth/{synth_id}/h%d/{index}";'),
]
for i in range(n):
    sig, req = shapes[i % len(shapes)]
    out.append('    /// Synthetic method %d.' % i)
    out.append('    synth_%d%s {\n        %s\n    }' % (i, sig, req % i))
out.append('}')
open(spec + '/synthetic.dss', 'w').write('\n'.join(out) + '\n')
with open(spec + '/index.dss', 'a') as f:
    f.write('include "synthetic.dss";\n')
EOF

measure "with synthetic methods, $target in all"
