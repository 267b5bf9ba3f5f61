//! The guard store's contract, run against every store: the in-memory one, and with the
//! `redis` feature a real `redis-server` (the Lua script is memory.rs's logic again, in Lua:
//! these tests are what keeps the two the same).

use std::time::Duration;

use otpkit::GuardRule;
use otpkit::guard::{Adjust, Admission, GuardStore, Key, Limit, MemoryStore, Step};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn window(value: &str, max: u32, weight: u32) -> Step {
    Step {
        rule: GuardRule::DestinationCap,
        key: Key::new("dest", value),
        limit: Limit::Window {
            max,
            window: Duration::from_secs(60),
            weight,
        },
    }
}

fn cooldown(value: &str, waits: &[u64]) -> Step {
    Step {
        rule: GuardRule::ResendCooldown,
        key: Key::new("wait", value),
        limit: Limit::Cooldown {
            waits: waits.iter().copied().map(ms).collect(),
            jitter: 1000,
            forget: Duration::from_secs(60),
        },
    }
}

fn seen(value: &str) -> Step {
    Step {
        rule: GuardRule::ResendCooldown,
        key: Key::new("wait", value),
        limit: Limit::Seen,
    }
}

fn conversion(prefix: &str, min_sends: u32, min_permille: u32, blocks: &[u64]) -> Step {
    Step {
        rule: GuardRule::PrefixConversion,
        key: Key::new("prefix", prefix),
        limit: Limit::Conversion {
            min_sends,
            min_permille,
            window: Duration::from_secs(60),
            blocks: blocks.iter().copied().map(ms).collect(),
        },
    }
}

async fn admitted(store: &dyn GuardStore, steps: &[Step]) -> bool {
    match store.admit(steps).await.expect("the store decides") {
        Admission::Admitted { seen } => seen,
        refused => panic!("expected an admission, got {refused:?}"),
    }
}

async fn refused(store: &dyn GuardStore, steps: &[Step]) -> (usize, Duration) {
    match store.admit(steps).await.expect("the store decides") {
        Admission::Refused { step, retry_after } => (step, retry_after),
        admitted => panic!("expected a refusal, got {admitted:?}"),
    }
}

/// Every clause of the contract, against `store` (fresh keys: `tag` keeps runs apart).
async fn contract(store: &dyn GuardStore, tag: &str) {
    let k = |name: &str| format!("{tag}-{name}");

    // A window admits `max`, counting weights; its refusal says how long the window has left.
    let w = [window(&k("w"), 5, 2)];
    assert!(!admitted(store, &w).await);
    assert!(!admitted(store, &w).await);
    let (step, wait) = refused(store, &w).await;
    assert!(step == 0 && wait <= Duration::from_secs(60) && wait > Duration::from_secs(50));
    // Refusals are counted apart: giving back one admission makes room again.
    store
        .adjust(&[(w[0].key.clone(), Adjust::Uncount { weight: 2 })])
        .await
        .unwrap();
    assert!(!admitted(store, &w).await);

    // All or nothing: a refusal by the second step counts nothing for the first.
    let full = window(&k("full"), 1, 1);
    admitted(store, std::slice::from_ref(&full)).await;
    let pair = [window(&k("free"), 1, 1), full.clone()];
    assert_eq!(refused(store, &pair).await.0, 1);
    admitted(store, &[window(&k("free"), 1, 1)]).await;

    // A cooldown waits after each admission, longer each time; it reports the key seen.
    let c = [cooldown(&k("c"), &[150, 400])];
    assert!(!admitted(store, &c).await, "a new destination is not seen");
    let (_, wait) = refused(store, &c).await;
    assert!(wait <= ms(150), "{wait:?}");
    tokio::time::sleep(ms(170)).await;
    assert!(admitted(store, &c).await, "the destination is seen now");
    let (_, wait) = refused(store, &c).await;
    assert!(
        wait > ms(200) && wait <= ms(400),
        "the second wait is longer: {wait:?}"
    );

    // Jitter scales the wait, per thousand.
    let halved = [Step {
        limit: Limit::Cooldown {
            waits: [ms(1000)].into(),
            jitter: 500,
            forget: Duration::from_secs(60),
        },
        ..cooldown(&k("jitter"), &[])
    }];
    admitted(store, &halved).await;
    let (_, wait) = refused(store, &halved).await;
    assert!(wait > ms(400) && wait <= ms(500), "{wait:?}");

    // Unwait lifts the last wait; Hold sets one; Forget drops the key (seen no more).
    store
        .adjust(&[(c[0].key.clone(), Adjust::Unwait)])
        .await
        .unwrap();
    assert!(admitted(store, &c).await);
    store
        .adjust(&[(c[0].key.clone(), Adjust::Hold { wait: ms(2000) })])
        .await
        .unwrap();
    let (_, wait) = refused(store, &c).await;
    assert!(wait > ms(1500), "held: {wait:?}");
    assert!(admitted(store, &[seen(&k("c"))]).await);
    store
        .adjust(&[(c[0].key.clone(), Adjust::Forget)])
        .await
        .unwrap();
    assert!(!admitted(store, &[seen(&k("c"))]).await);
    // A hold on a destination never seen creates its record.
    store
        .adjust(&[(Key::new("wait", k("new")), Adjust::Hold { wait: ms(2000) })])
        .await
        .unwrap();
    refused(store, &[cooldown(&k("new"), &[0])]).await;

    // Unwait of a first admission drops the key: the destination is new again.
    let first = [cooldown(&k("first"), &[1000])];
    admitted(store, &first).await;
    store
        .adjust(&[(first[0].key.clone(), Adjust::Unwait)])
        .await
        .unwrap();
    assert!(!admitted(store, &first).await);

    // The conversion breaker: 3 sends without an approval trip it, for the first block; the
    // next trip blocks longer.
    for n in 0..3 {
        let send = [
            conversion(&k("p"), 3, 500, &[300, 1000]),
            cooldown(&k(&format!("n{n}")), &[0]),
        ];
        admitted(store, &send).await;
    }
    let send = [
        conversion(&k("p"), 3, 500, &[300, 1000]),
        cooldown(&k("n3"), &[0]),
    ];
    let (step, wait) = refused(store, &send).await;
    assert!(step == 0 && wait <= ms(300), "{wait:?}");
    assert!(refused(store, &send).await.1 <= ms(300), "still blocked");
    tokio::time::sleep(ms(320)).await;
    for n in 4..7 {
        let send = [
            conversion(&k("p"), 3, 500, &[300, 1000]),
            cooldown(&k(&format!("n{n}")), &[0]),
        ];
        admitted(store, &send).await;
    }
    let (_, wait) = refused(store, &send).await;
    assert!(
        wait > ms(300) && wait <= ms(1000),
        "the second block is longer: {wait:?}"
    );

    // Credits keep a prefix open; a resend to a destination seen is not a new send.
    let p = |n: &str| {
        [
            conversion(&k("q"), 2, 500, &[60_000]),
            cooldown(&k(n), &[0]),
        ]
    };
    admitted(store, &p("a")).await;
    store
        .adjust(&[(Key::new("prefix", k("q")), Adjust::Credit)])
        .await
        .unwrap();
    assert!(
        admitted(store, &p("a")).await,
        "a resend: seen, not counted"
    );
    admitted(store, &p("b")).await;
    // 2 sends, 1 approval: at the limit (500 per thousand), not below it.
    admitted(store, &p("c")).await;
    // 3 sends, 1 approval: below.
    refused(store, &p("d")).await;
    // Never more approvals than sends: credits beyond them are lost.
    let credit = (Key::new("prefix", k("r")), Adjust::Credit);
    let r = |n: &str| {
        [
            conversion(&k("r"), 1, 1000, &[60_000]),
            cooldown(&k(n), &[0]),
        ]
    };
    admitted(store, &r("x")).await;
    store
        .adjust(&[credit.clone(), credit.clone()])
        .await
        .unwrap();
    admitted(store, &r("y")).await;
    refused(store, &r("z")).await;

    // Adjusting keys that do not exist (their window passed) changes nothing.
    store
        .adjust(&[
            (Key::new("dest", k("gone")), Adjust::Uncount { weight: 1 }),
            (Key::new("prefix", k("gone")), Adjust::Unsend),
            (Key::new("prefix", k("gone")), Adjust::Credit),
            (Key::new("wait", k("gone")), Adjust::Unwait),
        ])
        .await
        .unwrap();
    assert!(!admitted(store, &[seen(&k("gone"))]).await);
}

#[tokio::test]
async fn the_memory_store_keeps_the_contract() {
    contract(&MemoryStore::new(), "m").await;
}

#[tokio::test]
async fn a_full_memory_store_drops_expired_keys_then_fails_closed() {
    let store = MemoryStore::with_max_keys(64);
    let short = |n: u32| Step {
        rule: GuardRule::DestinationCap,
        key: Key::new("dest", n.to_string()),
        limit: Limit::Window {
            max: 1,
            window: ms(50),
            weight: 1,
        },
    };
    // Fill until a shard is full; its keys expire, then there is room again.
    let mut n = 0;
    while store.admit(&[short(n)]).await.is_ok() {
        n += 1;
        assert!(n < 10_000, "a store of 64 keys fills up");
    }
    let error = store.admit(&[short(n)]).await.unwrap_err();
    assert!(error.to_string().contains("full"), "{error}");
    tokio::time::sleep(ms(60)).await;
    assert!(store.admit(&[short(n)]).await.is_ok());
}

#[cfg(feature = "redis")]
mod redis {
    use super::*;
    use crate::redis_server::RedisServer;
    use otpkit::guard::RedisStore;

    const SECRET: &str = "a test secret of at least 32 characters";

    #[tokio::test]
    async fn the_redis_store_keeps_the_contract_with_a_ttl_on_every_key_and_no_number() {
        let server = RedisServer::start();
        let store = RedisStore::builder(server.url())
            .secret(SECRET)
            .build()
            .unwrap();
        contract(&store, "+2348012345678").await;
        let keys = server.keys();
        assert!(keys.len() > 10, "{keys:?}");
        for key in keys {
            assert!(key.starts_with("otpkit:guard:"), "{key}");
            assert!(!key.contains("2348012345678"), "a number in a key: {key}");
            let ttl: i64 = server.cli(&["PTTL", &key]).unwrap().parse().unwrap();
            assert!(ttl > 0, "{key} has no TTL ({ttl})");
        }
    }

    #[tokio::test]
    async fn keys_depend_on_the_secret() {
        let server = RedisServer::start();
        let step = [window("+2348012345678", 5, 1)];
        for secret in [SECRET, "another secret of at least 32 characters"] {
            let store = RedisStore::builder(server.url())
                .secret(secret)
                .build()
                .unwrap();
            admitted(&store, &step).await;
        }
        assert_eq!(server.keys().len(), 2, "one key per secret");
    }

    #[test]
    fn a_short_or_missing_secret_and_a_bad_url_are_configuration_errors() {
        for (url, secret) in [
            ("redis://127.0.0.1:1", Some("short")),
            ("redis://127.0.0.1:1", None),
            ("not a url", Some(SECRET)),
            ("rediss://127.0.0.1:1", Some(SECRET)),
        ] {
            let mut builder = RedisStore::builder(url);
            if let Some(secret) = secret {
                builder = builder.secret(secret);
            }
            match builder.build() {
                Err(otpkit::Error::Config(e)) => assert!(!e.message().is_empty()),
                other => panic!("{url} {secret:?}: {other:?}"),
            }
        }
    }
}
