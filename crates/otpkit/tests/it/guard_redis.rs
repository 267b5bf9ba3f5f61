//! The guard over a real `redis-server`: one limit across replicas, approvals credited
//! wherever they are verified, one round trip per decision, a server that dies and comes back,
//! and an SMS-pumping attack against the default policy.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use otpkit::guard::{Conversion, Guard, GuardPolicy, GuardStore, RedisStore, ResendCooldown};
use otpkit::{GuardRule, Otp, Outcome, SendRequest, VerifyRequest};
use otpkit_sandbox::Vendor;
use rand::SeedableRng;
use rand::seq::SliceRandom;

use crate::common;
use crate::guard::{guarded, nigerian, refused_by, seal, sent};
use crate::redis_server::RedisServer;

const SECRET: &str = "the replicas' shared secret, 32 characters or more";

fn store(server: &RedisServer) -> Arc<dyn GuardStore> {
    Arc::new(
        RedisStore::builder(server.url())
            .secret(SECRET)
            .timeout(Duration::from_millis(200))
            .build()
            .unwrap(),
    )
}

#[tokio::test]
async fn two_replicas_enforce_one_limit_and_credit_each_others_approvals() {
    let server = RedisServer::start();
    let sandbox = common::sandbox_for_repeat_sends().await;
    let policy = GuardPolicy::none()
        .resend_cooldown(Some(ResendCooldown::default()))
        .conversion(Some(Conversion {
            min_sends: 2,
            min_rate: 0.5,
            ..Conversion::default()
        }));
    // Two replicas: each its own store client, its own guard, the same server.
    let a = guarded(&sandbox, &[Vendor::Termii], policy.clone(), store(&server));
    let b = guarded(&sandbox, &[Vendor::Termii], policy, store(&server));

    // One limit: a code sent by A makes B wait.
    let number = nigerian("805000", 1);
    let (id, code) = sent(&a, &sandbox, SendRequest::new(&number)).await;
    assert_eq!(
        refused_by(b.send(&SendRequest::new(&number)).await).0,
        GuardRule::ResendCooldown
    );

    // Sent by A, verified by B: the approval is credited. The cooldown is relaxed for A ...
    let check = VerifyRequest::new(id, code).destination(&number);
    assert_eq!(b.verify(&check).await.unwrap(), Outcome::Approved);
    sent(&a, &sandbox, SendRequest::new(&number)).await;
    // ... and the prefix converted: 2 sends (the second after the approval is a new
    // verification), 1 approved, is not below 50 %, so a second number goes; without the
    // credit, 2 sends and none approved would block it. The third number is below.
    sent(&b, &sandbox, SendRequest::new(nigerian("805000", 2))).await;
    assert_eq!(
        refused_by(a.send(&SendRequest::new(nigerian("805000", 3))).await).0,
        GuardRule::PrefixConversion
    );
}

#[tokio::test]
async fn a_decision_is_one_round_trip_and_a_verification_one_more_only_when_approved() {
    let server = RedisServer::start();
    let sandbox = common::sandbox_for_repeat_sends().await;
    let otp = guarded(
        &sandbox,
        &[Vendor::Termii],
        GuardPolicy::default(),
        store(&server),
    );
    // The first call loads the script.
    sent(&otp, &sandbox, SendRequest::new(nigerian("805100", 0))).await;
    let calls = || server.calls("evalsha") + server.calls("eval");

    let before = calls();
    let number = nigerian("805100", 1);
    let (id, code) = sent(&otp, &sandbox, SendRequest::new(&number).caller("ip")).await;
    assert_eq!(calls() - before, 1, "a send");
    let before = calls();
    let wrong = VerifyRequest::new(id.clone(), common::wrong(&code)).destination(&number);
    assert!(!otp.verify(&wrong).await.unwrap().is_approved());
    assert_eq!(calls() - before, 1, "a rejected verification");
    let before = calls();
    let right = VerifyRequest::new(id, code)
        .destination(&number)
        .caller("ip");
    assert!(otp.verify(&right).await.unwrap().is_approved());
    assert_eq!(
        calls() - before,
        2,
        "an approved one: the decision, then the credit"
    );
    let before = calls();
    refused_by(otp.send(&SendRequest::new(nigerian("805100", 0))).await);
    assert_eq!(calls() - before, 1, "a refusal");
}

#[tokio::test]
async fn a_redis_that_dies_fails_closed_in_time_or_open_to_memory_limits_and_recovers() {
    let mut server = RedisServer::start();
    let sandbox = common::sandbox_for_repeat_sends().await;
    let shared = store(&server);
    let closed = guarded(
        &sandbox,
        &[Vendor::Termii],
        GuardPolicy::default(),
        shared.clone(),
    );
    let router = common::routed(&sandbox, &[Vendor::Termii], Duration::from_secs(5))
        .build()
        .unwrap();
    let open = Otp::new(
        Guard::builder(router)
            .shared_store(shared)
            .fail_open()
            .build()
            .unwrap(),
        seal(),
    );
    sent(&closed, &sandbox, SendRequest::new(nigerian("805200", 0))).await;

    server.kill();
    let requests = sandbox.requests(Vendor::Termii);
    for n in 1..4 {
        let started = Instant::now();
        let error = closed
            .send(&SendRequest::new(nigerian("805200", n)))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), "guard_store", "{error}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        assert!(!error.is_retryable() && !error.may_have_reached_vendor());
    }
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        requests,
        "failed closed: nothing sent"
    );
    // Failing open keeps limits, in memory: the cooldown still holds.
    let number = nigerian("805200", 9);
    sent(&open, &sandbox, SendRequest::new(&number)).await;
    assert_eq!(
        refused_by(open.send(&SendRequest::new(&number)).await).0,
        GuardRule::ResendCooldown
    );

    server.restart();
    let started = Instant::now();
    loop {
        match closed.send(&SendRequest::new(nigerian("805200", 5))).await {
            Ok(_) => break,
            Err(e) if e.kind() == "guard_store" && started.elapsed() < Duration::from_secs(10) => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("no recovery after {:?}: {e}", started.elapsed()),
        }
    }
}

/// SMS pumping against the default policy: 10,000 codes asked for, 64 at a time, for
/// sequential numbers of one prefix from rotating caller keys, never verified; mixed in, 600
/// people in 10 other prefixes who ask for a code and type it in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pumping_one_prefix_is_stopped_at_the_breakers_minimum_and_normal_traffic_passes() {
    const PUMPED: u32 = 10_000;
    const PEOPLE: u32 = 600;
    const CONCURRENCY: usize = 64;
    let server = RedisServer::start();
    let sandbox = common::sandbox_for_repeat_sends().await;
    let otp = guarded(
        &sandbox,
        &[Vendor::Termii],
        GuardPolicy::default(),
        store(&server),
    );

    #[derive(Clone, Copy)]
    enum Attempt {
        Pump(u32),
        Person(u32),
    }
    let mut attempts: Vec<Attempt> = (0..PUMPED)
        .map(Attempt::Pump)
        .chain((0..PEOPLE).map(Attempt::Person))
        .collect();
    attempts.shuffle(&mut rand::rngs::StdRng::seed_from_u64(7));

    let pumped_sent = Arc::new(AtomicU64::new(0));
    let people_refused = Arc::new(AtomicU64::new(0));
    let people_approved = Arc::new(AtomicU64::new(0));
    let gate = Arc::new(tokio::sync::Semaphore::new(CONCURRENCY));
    let sandbox = Arc::new(sandbox);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for attempt in attempts {
        let permit = gate.clone().acquire_owned().await.unwrap();
        let (otp, sandbox) = (otp.clone(), sandbox.clone());
        let (pumped_sent, people_refused, people_approved) = (
            pumped_sent.clone(),
            people_refused.clone(),
            people_approved.clone(),
        );
        tasks.spawn(async move {
            let _permit = permit;
            match attempt {
                Attempt::Pump(n) => {
                    let request =
                        SendRequest::new(nigerian("703000", n)).caller(format!("bot-{}", n % 500));
                    match otp.send(&request).await {
                        Ok(_) => {
                            pumped_sent.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(otpkit::Error::GuardRefused { .. }) => {}
                        Err(e) => panic!("a pumped send failed otherwise: {e}"),
                    }
                }
                Attempt::Person(n) => {
                    let number = nigerian(&format!("8060{:02}", n % 10), n);
                    let request = SendRequest::new(&number).caller(format!("person-{n}"));
                    let sent = match otp.send(&request).await {
                        Ok(sent) => sent,
                        Err(e) => {
                            eprintln!("a person was refused: {e}");
                            people_refused.fetch_add(1, Ordering::Relaxed);
                            return;
                        }
                    };
                    let code = sandbox.last_code_for(&number).expect("delivered");
                    let check = VerifyRequest::new(sent.id, code)
                        .destination(&number)
                        .caller(format!("person-{n}"));
                    match otp.verify(&check).await {
                        Ok(Outcome::Approved) => {
                            people_approved.fetch_add(1, Ordering::Relaxed);
                        }
                        other => {
                            eprintln!("a person's check failed: {other:?}");
                            people_refused.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("no attempt panics");
    }
    let elapsed = started.elapsed();
    let pumped = pumped_sent.load(Ordering::Relaxed);
    let refused = people_refused.load(Ordering::Relaxed);
    let approved = people_approved.load(Ordering::Relaxed);
    println!(
        "pumping simulation: {PUMPED} pumped attempts, {pumped} reached the sandbox; {PEOPLE} \
         people, {approved} approved, {refused} refused; {:.2} s at concurrency {CONCURRENCY}",
        elapsed.as_secs_f64()
    );
    let minimum = u64::from(Conversion::default().min_sends);
    assert!(
        pumped <= minimum + CONCURRENCY as u64,
        "{pumped} pumped codes were sent"
    );
    assert_eq!(refused, 0, "normal traffic was refused");
    assert_eq!(approved, u64::from(PEOPLE));
    assert_eq!(
        sandbox.requests(Vendor::Termii),
        pumped + 2 * u64::from(PEOPLE),
        "the sandbox saw only what the guard admitted"
    );
}
