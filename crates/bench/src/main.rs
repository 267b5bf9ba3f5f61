//! `otpkit-bench`: what the `otpkit` facade costs over hand-written HTTP calls, measured in one
//! run against one in-process sandbox: send-and-verify cycles per second through the facade
//! and through plain `reqwest` JSON requests, same vendor, same concurrency, in alternating
//! rounds (the order flips each round), reporting the median ratio; and the facade cycle's
//! latency at concurrency 1 and 64. `cargo xtask bench` runs it with the load-generator
//! figures; see BENCHMARKS.md.

mod guard;
mod page;
mod raw;

use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use otpkit::{Otp, SendRequest, VerifyRequest};
use otpkit_sandbox::{Config, Sandbox, Vendor};
use serde_json::{Map, Value, json};

#[derive(Parser)]
#[command(about = "Facade overhead and latency against the in-process sandbox")]
struct Args {
    /// Rounds per variant and vendor (the median is reported).
    #[arg(long, default_value_t = 9)]
    rounds: usize,
    /// Length of one round, in milliseconds.
    #[arg(long, default_value_t = 700)]
    round_ms: u64,
    /// Concurrent tasks in the throughput rounds.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Length of each latency run, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    latency_ms: u64,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    /// A Redis server for the guard's figures (`redis://127.0.0.1:6379`); without it they are
    /// left out. `cargo xtask bench` starts one.
    #[arg(long, value_name = "URL")]
    redis: Option<String>,
    /// Messages in the inbox for the page-load figure (a headless Chromium loads the sandbox's
    /// inbox page); 0 leaves it out.
    #[arg(long, default_value_t = 10_000)]
    page_messages: usize,
    /// Check the method: run the facade against itself in place of the baseline. The ratio
    /// must come out 1.00 within noise; anything else is a bias in the harness.
    #[arg(long)]
    self_check: bool,
}

enum Client {
    Facade(Otp),
    Raw(raw::Raw),
}

/// A valid number for `vendor`, different for each task so that codes never mix in the inbox:
/// its example number with the last two digits replaced.
fn destination(vendor: Vendor, task: usize) -> String {
    let example = vendor.example_number();
    format!("{}{:02}", &example[..example.len() - 2], task % 100)
}

/// The facade's provider for `vendor`, configured from the variables the sandbox hands out.
/// otpkit's provider for `vendor`, configured from the variables the sandbox hands out, with
/// `OTPKIT_TIMEOUT_MS` set when `timeout` is.
fn provider(
    sandbox: &Sandbox,
    vendor: Vendor,
    timeout: Option<Duration>,
) -> Result<Arc<dyn otpkit::OtpProvider>, String> {
    let env = sandbox.client_env(vendor);
    let timeout_ms = timeout.map(|t| t.as_millis().to_string());
    let vars = |name: &str| match name {
        "OTPKIT_TIMEOUT_MS" => timeout_ms.clone(),
        name => env.get(name),
    };
    let name = vendor
        .name()
        .parse()
        .map_err(|e: otpkit::InvalidVendorName| e.to_string())?;
    otpkit::vendors::provider(&name, &vars).map_err(|e| e.to_string())
}

/// The facade over `vendor`'s provider.
fn facade(sandbox: &Sandbox, vendor: Vendor) -> Result<Arc<Client>, String> {
    let provider = provider(sandbox, vendor, None)?;
    // Sealed ids, as applications run it: the seal's cost is part of the facade's.
    let env = sandbox.client_env(vendor);
    let seal = otpkit::IdSeal::from_vars(|name| env.get(name)).map_err(|e| e.to_string())?;
    Ok(Arc::new(Client::Facade(Otp::shared(provider, seal))))
}

async fn cycle(client: &Client, sandbox: &Sandbox, to: &str) -> Result<(), String> {
    match client {
        Client::Facade(otp) => {
            let sent = otp
                .send(&SendRequest::new(to))
                .await
                .map_err(|e| e.to_string())?;
            let code = sandbox.last_code_for(to).ok_or("nothing delivered")?;
            let outcome = otp
                .verify(&VerifyRequest::new(sent.id.clone(), &code).destination(to))
                .await
                .map_err(|e| e.to_string())?;
            if outcome.is_approved() {
                Ok(())
            } else {
                Err(format!("{outcome:?}"))
            }
        }
        Client::Raw(raw) => {
            let id = raw.send(to).await?;
            let code = sandbox.last_code_for(to).ok_or("nothing delivered")?;
            if raw.verify(&id, &code).await? {
                Ok(())
            } else {
                Err("not approved".into())
            }
        }
    }
}

/// The CPU time this process has used (user and system, every thread), from
/// `/proc/self/stat` in clock ticks of 10 ms (Linux's `USER_HZ`); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in brackets and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// One run's figures: cycles per second, each cycle's time, and the process's CPU time per
/// cycle in microseconds (client and in-process sandbox together).
struct Measured {
    rate: f64,
    times: Vec<Duration>,
    cpu_us_per_cycle: Option<f64>,
}

/// Runs cycles on `concurrency` tasks for `duration`.
async fn run(
    client: Arc<Client>,
    sandbox: Arc<Sandbox>,
    vendor: Vendor,
    concurrency: usize,
    duration: Duration,
) -> Result<Measured, String> {
    let cpu_before = cpu_seconds();
    let start = Instant::now();
    let deadline = start + duration;
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..concurrency {
        let (client, sandbox) = (client.clone(), sandbox.clone());
        let to = destination(vendor, task);
        tasks.spawn(async move {
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let began = Instant::now();
                cycle(&client, &sandbox, &to).await?;
                times.push(began.elapsed());
            }
            Ok::<_, String>(times)
        });
    }
    let mut times = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        times.extend(joined.map_err(|e| e.to_string())??);
    }
    let cycles = times.len() as f64;
    let cpu_us_per_cycle = cpu_before
        .zip(cpu_seconds())
        .map(|(before, after)| (after - before) * 1e6 / cycles);
    Ok(Measured {
        rate: cycles / start.elapsed().as_secs_f64(),
        times,
        cpu_us_per_cycle,
    })
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

fn percentile_us(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    if times.is_empty() {
        return f64::NAN;
    }
    let index = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[index].as_secs_f64() * 1e6
}

/// Send latencies, in microseconds, of `count` sends one after another through `otp` to `to`.
async fn send_times(otp: &Otp, to: &str, count: usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(count);
    for _ in 0..count {
        let began = Instant::now();
        // Errors are part of what is measured (the sends that pay the timeout fail).
        let _ = otp.send(&SendRequest::new(to)).await;
        times.push(began.elapsed());
    }
    times
}

/// Failover past a vendor that hangs: Termii answers nothing (a sandbox latency fault far
/// past the timeout), Twilio Verify is the fallback for Nigeria, as the default routes put it.
/// The sends before Termii's breaker opens pay the timeout (and fail: a timeout once the
/// request was written is never resent); after it opens they go to Twilio Verify without
/// touching Termii. Compared with Twilio Verify's own latency when it alone serves the route.
async fn breaker_phases(sandbox: &Sandbox, sends: usize) -> Result<Value, String> {
    let timeout = Duration::from_millis(200);
    let config = otpkit::BreakerConfig::default();
    let provider = |vendor| provider(sandbox, vendor, Some(timeout));
    let to = destination(Vendor::Termii, 0);
    let alone = Otp::new(
        otpkit::Router::builder()
            .shared_provider(provider(Vendor::TwilioVerify)?)
            .route(234, [otpkit::Vendor::TWILIO_VERIFY])
            .build()
            .map_err(|e| e.to_string())?,
        otpkit::IdSeal::insecure_unsealed(),
    );
    send_times(&alone, &to, sends / 4).await; // warm-up
    let mut healthy = send_times(&alone, &to, sends).await;

    sandbox
        .inject(otpkit_sandbox::Fault::new(
            Vendor::Termii,
            otpkit_sandbox::FaultKind::Latency { millis: 600_000 },
        ))
        .map_err(|e| e.to_string())?;
    let router = Otp::new(
        otpkit::Router::builder()
            .shared_provider(provider(Vendor::Termii)?)
            .shared_provider(provider(Vendor::TwilioVerify)?)
            .route(234, [otpkit::Vendor::TERMII, otpkit::Vendor::TWILIO_VERIFY])
            .breaker(config)
            .build()
            .map_err(|e| e.to_string())?,
        otpkit::IdSeal::insecure_unsealed(),
    );
    let mut before = Vec::new();
    while router
        .health(&otpkit::Vendor::TERMII)
        .await
        .map_err(|e| e.to_string())?
        != otpkit::Health::Down
    {
        if before.len() > 100 {
            return Err("Termii's breaker never opened".into());
        }
        before.extend(send_times(&router, &to, 1).await);
    }
    let termii_calls = sandbox.requests(Vendor::Termii);
    let mut after = send_times(&router, &to, sends).await;
    if sandbox.requests(Vendor::Termii) != termii_calls {
        return Err("the open breaker let a send through to Termii".into());
    }
    sandbox.clear_faults();
    let ms = |times: &mut Vec<Duration>, p| (percentile_us(times, p) / 10.0).round() / 100.0;
    Ok(json!({
        "timeout_ms": timeout.as_millis() as u64,
        "sends_paying_the_timeout": before.len(),
        "before_open_ms": { "p50": ms(&mut before, 0.5), "p99": ms(&mut before, 0.99) },
        "after_open_ms": { "p50": ms(&mut after, 0.5), "p99": ms(&mut after, 0.99) },
        "fallback_alone_ms": { "p50": ms(&mut healthy, 0.5), "p99": ms(&mut healthy, 0.99) },
        "sends_per_phase": sends,
    }))
}

async fn measure(args: &Args) -> Result<Value, String> {
    // pipwave and Twilio Verify would throttle repeated sends to one number; the benchmark
    // measures the path.
    let config = Config {
        destination_limits: false,
        ..Config::default()
    };
    let sandbox = Arc::new(
        Sandbox::bind(([127, 0, 0, 1], 0).into(), config.clone())
            .await
            .map_err(|e| e.to_string())?,
    );
    let round = Duration::from_millis(args.round_ms);
    let (mut ratios, mut per_vendor, mut facade_rates, mut raw_rates) =
        (Vec::new(), Map::new(), Map::new(), Map::new());
    let (mut c1, mut c64) = (Vec::new(), Vec::new());
    let mut added_cpu = Vec::new();
    // Each vendor with a hand-written baseline to compare against.
    let compared = Vendor::ALL
        .into_iter()
        .filter(|v| raw::Raw::VENDORS.contains(&v.name()));
    for vendor in compared {
        let facade = facade(&sandbox, vendor)?;
        let raw = if args.self_check {
            self::facade(&sandbox, vendor)?
        } else {
            let base = sandbox.base_url(vendor);
            Arc::new(Client::Raw(raw::Raw::new(base, vendor, config.clone())?))
        };
        // Warm both up (connections, allocator) before measuring.
        run(
            facade.clone(),
            sandbox.clone(),
            vendor,
            args.concurrency,
            round / 4,
        )
        .await?;
        run(
            raw.clone(),
            sandbox.clone(),
            vendor,
            args.concurrency,
            round / 4,
        )
        .await?;
        let (mut vendor_ratios, mut f_rates, mut r_rates) = (Vec::new(), Vec::new(), Vec::new());
        let measure = |client: &Arc<Client>| {
            run(
                client.clone(),
                sandbox.clone(),
                vendor,
                args.concurrency,
                round,
            )
        };
        for i in 0..args.rounds {
            // The order flips each round, so that neither variant always runs warmer.
            let (f, r) = if i % 2 == 0 {
                let f = measure(&facade).await?;
                (f, measure(&raw).await?)
            } else {
                let r = measure(&raw).await?;
                (measure(&facade).await?, r)
            };
            vendor_ratios.push(f.rate / r.rate);
            f_rates.push(f.rate);
            r_rates.push(r.rate);
            // The sandbox's work per cycle is the same for both; the difference is the client's.
            if let (Some(fc), Some(rc)) = (f.cpu_us_per_cycle, r.cpu_us_per_cycle) {
                added_cpu.push(fc - rc);
            }
        }
        let vendor_median = median(&mut vendor_ratios);
        ratios.push(vendor_median);
        per_vendor.insert(
            vendor.name().into(),
            json!((vendor_median * 1000.0).round() / 1000.0),
        );
        facade_rates.insert(vendor.name().into(), json!(median(&mut f_rates).round()));
        raw_rates.insert(vendor.name().into(), json!(median(&mut r_rates).round()));
        let latency_run = Duration::from_millis(args.latency_ms);
        c1.extend(
            run(facade.clone(), sandbox.clone(), vendor, 1, latency_run)
                .await?
                .times,
        );
        c64.extend(
            run(facade.clone(), sandbox.clone(), vendor, 64, latency_run)
                .await?
                .times,
        );
    }
    let ratio = median(&mut ratios);
    let (p50_c1, p99_c1, p50_c64, p99_c64) = (
        percentile_us(&mut c1, 0.5),
        percentile_us(&mut c1, 0.99),
        percentile_us(&mut c64, 0.5),
        percentile_us(&mut c64, 0.99),
    );
    let breaker = breaker_phases(&sandbox, 2000).await?;
    let guard_memory = guard::memory_bytes_per_key(1_000_000)?;
    let guard_redis = match &args.redis {
        Some(url) => Some(guard::redis(sandbox.clone(), url, args.rounds, round).await?),
        None => None,
    };
    let page_load = match args.page_messages {
        0 => None,
        messages => Some(page::page_load(messages, 5).await?),
    };
    Ok(json!({
        "inbox_page_load": page_load,
        "guard_memory": guard_memory,
        "guard_redis": guard_redis,
        "breaker_failover": breaker,
        "facade_over_raw_throughput_ratio": (ratio * 1000.0).round() / 1000.0,
        "facade_over_raw_throughput_ratio_per_vendor": per_vendor,
        // The median over every round of every vendor; null where /proc is unavailable.
        "facade_added_cpu_us_per_cycle": (!added_cpu.is_empty())
            .then(|| (median(&mut added_cpu) * 10.0).round() / 10.0),
        "facade_cycles_per_second_per_vendor": facade_rates,
        "raw_cycles_per_second_per_vendor": raw_rates,
        "latency_p50_us": { "c1": p50_c1.round(), "c64": p50_c64.round() },
        "latency_p99_us": { "c1": p99_c1.round(), "c64": p99_c64.round() },
        "latency_p50_us_c1": p50_c1.round(), "latency_p99_us_c1": p99_c1.round(),
        "latency_p50_us_c64": p50_c64.round(), "latency_p99_us_c64": p99_c64.round(),
        "rounds": args.rounds, "round_ms": args.round_ms, "concurrency": args.concurrency,
    }))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    match measure(&args).await {
        Ok(value) if args.json => println!("{value}"),
        Ok(value) => println!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        ),
        Err(e) => {
            eprintln!("error: the benchmark failed: {e}");
            return std::process::ExitCode::FAILURE;
        }
    }
    std::process::ExitCode::SUCCESS
}
