//! Status look-ups through the facade, over the sandbox: Twilio Verify's newest attempt and
//! Termii's history (for the voice codes whose send answered a message id) say where a code's
//! message is, as the outcome chosen for its destination makes it; the other vendors, and
//! Termii's tokens without a message id, say they offer none, with no request made. Termii
//! ids of one field, as voice codes were issued before, still verify.

use otpkit::{
    Channel, Delivery, Error, OtpProvider, Outcome, SendRequest, VerificationId, VerifyRequest,
};
use otpkit_sandbox::{ReportOutcome, Sandbox, Vendor};

use crate::common::{facade_vendor, number_for, otp, provider};

#[tokio::test]
async fn twilio_verify_reports_the_newest_attempts_message_status() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::TwilioVerify);
    let cases = [
        (
            "+15017122661",
            ReportOutcome::Delivered,
            Delivery::Delivered,
            "delivered",
            None,
        ),
        (
            "+15017122662",
            ReportOutcome::Failed,
            Delivery::Undelivered,
            "undelivered",
            Some("error 30008"),
        ),
        (
            "+15017122663",
            ReportOutcome::Dnd,
            Delivery::Undelivered,
            "failed",
            Some("error 30007"),
        ),
        (
            "+15017122664",
            ReportOutcome::Unknown,
            Delivery::Sent,
            "sent",
            None,
        ),
    ];
    for (to, outcome, state, status, reason) in cases {
        sandbox.report_outcome(to, outcome);
        let sent = otp.send(&SendRequest::new(to)).await.unwrap();
        let report = otp
            .status(&sent.id)
            .await
            .unwrap_or_else(|e| panic!("{to}: {e}"));
        assert_eq!(
            (
                report.state,
                report.vendor_status.as_str(),
                report.reason.as_deref()
            ),
            (state, status, reason),
            "{to}"
        );
        assert!(
            report
                .message_id
                .as_deref()
                .is_some_and(|id| id.starts_with("VL"))
        );
        assert_eq!(report.destination.as_deref(), Some(to));
    }
    // Attempts outlive the verification: approved (and deleted), it still has its status.
    let to = "+15017122665";
    let sent = otp.send(&SendRequest::new(to)).await.unwrap();
    let code = sandbox.last_code_for(to).unwrap();
    let approved = otp
        .verify(&VerifyRequest::new(sent.id.clone(), code).destination(to))
        .await
        .unwrap();
    assert_eq!(approved, Outcome::Approved);
    let report = otp.status(&sent.id).await.unwrap();
    assert_eq!(report.state, Delivery::Delivered);
}

#[tokio::test]
async fn termii_reports_a_voice_codes_row_from_its_history() {
    let sandbox = Sandbox::start().await.unwrap();
    let otp = otp(&sandbox, Vendor::Termii);
    for (to, outcome, state) in [
        (
            "+2348012345670",
            ReportOutcome::Delivered,
            Delivery::Delivered,
        ),
        ("+2348012345671", ReportOutcome::Dnd, Delivery::Rejected),
        (
            "+2348012345672",
            ReportOutcome::Failed,
            Delivery::Undelivered,
        ),
    ] {
        sandbox.report_outcome(to, outcome);
        let sent = otp
            .send(&SendRequest::new(to).channel(Channel::Voice))
            .await
            .unwrap();
        let report = otp
            .status(&sent.id)
            .await
            .unwrap_or_else(|e| panic!("{to}: {e}"));
        assert_eq!(
            (report.state, report.destination.as_deref()),
            (state, Some(to))
        );
        assert_eq!(report.message_id, sent.message_id);
        assert_eq!(report.cost, Some(2.5));
    }
    // Send Token answers no message id: nothing to look up, and nothing is asked.
    let sent = otp
        .send(&SendRequest::new(number_for(Vendor::Termii)))
        .await
        .unwrap();
    let before = sandbox.requests(Vendor::Termii);
    match otp.status(&sent.id).await {
        Err(Error::Unsupported { vendor, what }) => {
            assert_eq!(vendor, otpkit::Vendor::TERMII);
            assert!(what.contains("no message id"), "{what}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sandbox.requests(Vendor::Termii), before);
}

#[tokio::test]
async fn a_termii_id_of_one_field_as_issued_before_still_verifies() {
    let sandbox = Sandbox::start().await.unwrap();
    let termii = provider(
        &sandbox,
        Vendor::Termii,
        true,
        std::time::Duration::from_secs(5),
    );
    let to = "+2348012345673";
    let sent = termii
        .send(&SendRequest::new(to).channel(Channel::Voice))
        .await
        .unwrap();
    assert_eq!(sent.id.fields().len(), 2, "the PIN id and the message id");
    let old = VerificationId::new(otpkit::Vendor::TERMII, [sent.id.fields()[0].clone()]).unwrap();
    let code = sandbox.last_code_for(to).unwrap();
    let outcome = termii
        .verify(&VerifyRequest::new(old.clone(), code).destination(to))
        .await
        .unwrap();
    assert_eq!(outcome, Outcome::Approved);
    // Three fields is no Termii id.
    let three = VerificationId::new(otpkit::Vendor::TERMII, ["a", "b", "c"]).unwrap();
    match termii
        .verify(&VerifyRequest::new(three, "123456").destination(to))
        .await
    {
        Err(Error::InvalidInput { field, reason }) => {
            assert_eq!(field, "verification_id");
            assert!(reason.contains("1 to 2 field(s)"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn vendors_without_a_look_up_say_so_with_no_request() {
    let sandbox = Sandbox::start().await.unwrap();
    for vendor in [Vendor::Pipwave, Vendor::Shoutout, Vendor::Octopush] {
        let otp = otp(&sandbox, vendor);
        let sent = otp
            .send(&SendRequest::new(number_for(vendor)))
            .await
            .unwrap();
        let before = sandbox.requests(vendor);
        match otp.status(&sent.id).await {
            Err(Error::Unsupported { vendor: v, what }) => {
                assert_eq!(v, facade_vendor(vendor));
                assert_eq!(what, "delivery status look-ups");
            }
            other => panic!("{vendor}: {other:?}"),
        }
        assert_eq!(sandbox.requests(vendor), before, "{vendor}: no request");
    }
}
