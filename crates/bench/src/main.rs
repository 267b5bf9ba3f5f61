//! `otpkit-bench`: what the `otpkit` facade costs over hand-written HTTP calls, measured in one
//! run against one in-process sandbox: send-and-verify cycles per second through the facade
//! and through plain `reqwest` JSON requests, same vendor, same concurrency, in alternating
//! rounds (the order flips each round), reporting the median ratio; and the facade cycle's
//! latency at concurrency 1 and 64. `cargo xtask bench` runs it with the load-generator
//! figures; see BENCHMARKS.md.

mod raw;

use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use otpkit::{Otp, SendRequest, Vendor};
use otpkit_sandbox::{Config, Sandbox};
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
    /// Check the method: run the facade against itself in place of the baseline. The ratio
    /// must come out 1.00 within noise; anything else is a bias in the harness.
    #[arg(long)]
    self_check: bool,
}

enum Client {
    Facade(Otp),
    Raw(raw::Raw),
}

/// A valid number for `vendor`, different for each task so that codes never mix in the inbox.
fn destination(vendor: Vendor, task: usize) -> String {
    match vendor {
        Vendor::Termii => format!("+23480123456{task:02}"),
        Vendor::Pipwave => format!("+601234567{task:02}"),
        Vendor::Shoutout => format!("+947712345{task:02}"),
        _ => format!("+336123456{task:02}"),
    }
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
                .verify(&sent.id, &code)
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

/// Runs cycles on `concurrency` tasks for `duration`: cycles per second and each cycle's time.
async fn run(
    client: Arc<Client>,
    sandbox: Arc<Sandbox>,
    vendor: Vendor,
    concurrency: usize,
    duration: Duration,
) -> Result<(f64, Vec<Duration>), String> {
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
    Ok((times.len() as f64 / start.elapsed().as_secs_f64(), times))
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

async fn measure(args: &Args) -> Result<Value, String> {
    // pipwave would throttle repeated sends to one number; the benchmark measures the path.
    let config = Config {
        pipwave_resend_after: Duration::ZERO,
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
    for vendor in Vendor::ALL {
        let facade = Arc::new(Client::Facade(Otp::new(
            otpkit::sandbox::provider(&sandbox, vendor).map_err(|e| e.to_string())?,
        )));
        let base = sandbox.base_url(otpkit::sandbox::sandbox_vendor(vendor));
        let raw = if args.self_check {
            Arc::new(Client::Facade(Otp::new(
                otpkit::sandbox::provider(&sandbox, vendor).map_err(|e| e.to_string())?,
            )))
        } else {
            Arc::new(Client::Raw(raw::Raw::new(
                base,
                otpkit::sandbox::sandbox_vendor(vendor),
                config.clone(),
            )?))
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
        for i in 0..args.rounds {
            let (f, r) = if i % 2 == 0 {
                let f = run(
                    facade.clone(),
                    sandbox.clone(),
                    vendor,
                    args.concurrency,
                    round,
                )
                .await?
                .0;
                (
                    f,
                    run(
                        raw.clone(),
                        sandbox.clone(),
                        vendor,
                        args.concurrency,
                        round,
                    )
                    .await?
                    .0,
                )
            } else {
                let r = run(
                    raw.clone(),
                    sandbox.clone(),
                    vendor,
                    args.concurrency,
                    round,
                )
                .await?
                .0;
                (
                    run(
                        facade.clone(),
                        sandbox.clone(),
                        vendor,
                        args.concurrency,
                        round,
                    )
                    .await?
                    .0,
                    r,
                )
            };
            vendor_ratios.push(f / r);
            f_rates.push(f);
            r_rates.push(r);
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
                .1,
        );
        c64.extend(
            run(facade.clone(), sandbox.clone(), vendor, 64, latency_run)
                .await?
                .1,
        );
    }
    let ratio = median(&mut ratios);
    let (p50_c1, p99_c1, p50_c64, p99_c64) = (
        percentile_us(&mut c1, 0.5),
        percentile_us(&mut c1, 0.99),
        percentile_us(&mut c64, 0.5),
        percentile_us(&mut c64, 0.99),
    );
    Ok(json!({
        "facade_over_raw_throughput_ratio": (ratio * 1000.0).round() / 1000.0,
        "facade_over_raw_throughput_ratio_per_vendor": per_vendor,
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
