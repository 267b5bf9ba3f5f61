//! The guard's figures: what an in-memory key costs (resident memory over a million keys), and
//! what the Redis store costs a send-and-verify cycle at concurrency 64 against the sandbox
//! (guarded over unguarded throughput, and round trips per send and per verification, counted
//! by a store wrapper and checked against the server's own `INFO commandstats`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use otpkit::guard::{
    Adjust, Admission, Guard, GuardStore, Key, Limit, MemoryStore, RedisStore, Step, StoreError,
};
use otpkit::{GuardRule, Otp, SendRequest, VerifyRequest};
use otpkit_bench::every_rule_never_refusing;
use otpkit_sandbox::{Sandbox, Vendor};
use serde_json::{Value, json};

use crate::{Client, median, provider, run};

/// The process's resident memory (VmRSS), in bytes; 0 where unknown.
fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kib| kib * 1024)
}

/// Resident bytes per key of a memory store holding `keys` keys.
pub fn memory_bytes_per_key(keys: u32) -> Result<Value, String> {
    let before = resident_bytes();
    let store = MemoryStore::with_max_keys(keys as usize);
    for n in 0..keys {
        let step = Step {
            rule: GuardRule::DestinationCap,
            key: Key::new("dest", format!("23480{n:08}")),
            limit: Limit::Window {
                max: 10,
                window: Duration::from_secs(3600),
                weight: 1,
            },
        };
        store
            .admit_now(std::slice::from_ref(&step))
            .map_err(|e| e.to_string())?;
    }
    let held = store.len();
    let after = resident_bytes();
    drop(store);
    Ok(json!({
        "keys": held,
        "resident_bytes_per_key": ((after.saturating_sub(before)) as f64 / held as f64).round(),
    }))
}

/// A store that counts the calls it passes on: decisions and adjustments, each one round trip.
#[derive(Debug)]
struct Counting {
    inner: RedisStore,
    admits: AtomicU64,
    adjusts: AtomicU64,
}

#[otpkit::async_trait]
impl GuardStore for Counting {
    async fn admit(&self, steps: &[Step]) -> Result<Admission, StoreError> {
        self.admits.fetch_add(1, Ordering::Relaxed);
        self.inner.admit(steps).await
    }

    async fn adjust(&self, changes: &[(Key, Adjust)]) -> Result<(), StoreError> {
        self.adjusts.fetch_add(1, Ordering::Relaxed);
        self.inner.adjust(changes).await
    }
}

impl Counting {
    fn calls(&self) -> (u64, u64) {
        (
            self.admits.load(Ordering::Relaxed),
            self.adjusts.load(Ordering::Relaxed),
        )
    }
}

/// Script calls the server has run (`evalsha` and `eval`), from `redis-cli INFO commandstats`.
fn server_calls(url: &str) -> Result<u64, String> {
    let out = std::process::Command::new("redis-cli")
        .args(["-u", url, "INFO", "commandstats"])
        .output()
        .map_err(|e| format!("redis-cli: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(["evalsha", "eval"]
        .iter()
        .map(|command| {
            let prefix = format!("cmdstat_{command}:calls=");
            text.lines()
                .find_map(|l| l.strip_prefix(&prefix))
                .and_then(|rest| rest.split(',').next())
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(0)
        })
        .sum())
}

/// Guarded (Redis) over unguarded send-and-verify cycles per second through Termii at
/// concurrency 64, alternating rounds; and the round trips of each kind of call.
pub async fn redis(
    sandbox: Arc<Sandbox>,
    url: &str,
    rounds: usize,
    round: Duration,
) -> Result<Value, String> {
    let vendor = Vendor::Termii;
    let env = sandbox.client_env(vendor);
    let seal = otpkit::IdSeal::from_vars(|name| env.get(name)).map_err(|e| e.to_string())?;
    let inner = provider(&sandbox, vendor, None)?;
    let unguarded = Arc::new(Client::Facade(Otp::shared(inner.clone(), seal.clone())));
    let store = Arc::new(Counting {
        inner: RedisStore::builder(url)
            .secret("the benchmark's secret, 32 characters or more")
            .build()
            .map_err(|e| e.to_string())?,
        admits: AtomicU64::new(0),
        adjusts: AtomicU64::new(0),
    });
    let guard = Guard::builder(inner)
        .policy(every_rule_never_refusing().countries([234]))
        .shared_store(store.clone())
        .build()
        .map_err(|e| e.to_string())?;
    let guarded = Otp::new(guard, seal);

    // Round trips of one call of each kind, after a first call has loaded the script.
    let to = "+2348031234567";
    let first = guarded
        .send(&SendRequest::new(to))
        .await
        .map_err(|e| e.to_string())?;
    let _ = first;
    let (server_before, calls_before) = (server_calls(url)?, store.calls());
    let sent = guarded
        .send(&SendRequest::new(to).caller("ip"))
        .await
        .map_err(|e| e.to_string())?;
    let after_send = store.calls();
    let code = sandbox.last_code_for(to).ok_or("nothing delivered")?;
    let wrong: String = code
        .chars()
        .map(|c| if c == '1' { '2' } else { '1' })
        .collect();
    let check = |code: &str| {
        VerifyRequest::new(sent.id.clone(), code)
            .destination(to)
            .caller("ip")
    };
    guarded
        .verify(&check(&wrong))
        .await
        .map_err(|e| e.to_string())?;
    let after_rejected = store.calls();
    guarded
        .verify(&check(&code))
        .await
        .map_err(|e| e.to_string())?;
    let after_approved = store.calls();
    let server_after = server_calls(url)?;
    let trips = |a: (u64, u64), b: (u64, u64)| (b.0 - a.0) + (b.1 - a.1);
    let counted = trips(calls_before, after_approved);

    let guarded = Arc::new(Client::Facade(guarded));
    let concurrency = 64;
    run(
        guarded.clone(),
        sandbox.clone(),
        vendor,
        concurrency,
        round / 4,
    )
    .await?;
    run(
        unguarded.clone(),
        sandbox.clone(),
        vendor,
        concurrency,
        round / 4,
    )
    .await?;
    let (mut ratios, mut g_rates, mut u_rates) = (Vec::new(), Vec::new(), Vec::new());
    let calls_before_runs = store.calls();
    let mut guarded_cycles = 0.0;
    for i in 0..rounds {
        let measure =
            |client: &Arc<Client>| run(client.clone(), sandbox.clone(), vendor, concurrency, round);
        let (g, u) = if i % 2 == 0 {
            let g = measure(&guarded).await?;
            (g, measure(&unguarded).await?)
        } else {
            let u = measure(&unguarded).await?;
            (measure(&guarded).await?, u)
        };
        guarded_cycles += g.rate * round.as_secs_f64();
        ratios.push(g.rate / u.rate);
        g_rates.push(g.rate);
        u_rates.push(u.rate);
    }
    let calls_after_runs = store.calls();
    let per_cycle = |n: u64| ((n as f64 / guarded_cycles) * 100.0).round() / 100.0;
    Ok(json!({
        "concurrency": concurrency,
        "rounds": rounds,
        "guarded_over_unguarded_throughput_ratio": (median(&mut ratios) * 1000.0).round() / 1000.0,
        "guarded_cycles_per_second": median(&mut g_rates).round(),
        "unguarded_cycles_per_second": median(&mut u_rates).round(),
        "round_trips": {
            "send": trips(calls_before, after_send),
            "verify_rejected": trips(after_send, after_rejected),
            "verify_approved": trips(after_rejected, after_approved),
            "counted_by_the_server": server_after - server_before,
            "counted_by_the_store": counted,
        },
        "per_cycle_in_the_runs": {
            "decisions": per_cycle(calls_after_runs.0 - calls_before_runs.0),
            "adjustments": per_cycle(calls_after_runs.1 - calls_before_runs.1),
        },
    }))
}
