// generated from specs/twilio-verify.yaml by `cargo xtask generate`; do not edit.
// progenitor 0.15.1, builder interface; needs: progenitor-client, reqwest, serde, serde_json, schemars, otpkit-http, regress.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///One send of a verification's code.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Attempt {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///`sms`, `call`, `email`, `whatsapp`, `rbm`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<::std::string::String>,
        ///Per channel. `message_status` (messages) or `call_status` (calls) is the delivery state, text rather than an enum: `queued`, `sending`, `sent`, `delivered`, `undelivered`, `failed`, `read`, ...; `error_code` says why a message failed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel_data: ::std::option::Option<AttemptChannelData>,
        ///`converted` once the code was checked right: not a delivery state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversion_status: ::std::option::Option<::std::string::String>,
        ///ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<AttemptPrice>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_sid: ::std::option::Option<::std::string::String>,
        ///The attempt's SID (`VL...`).
        pub sid: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verification_sid: ::std::option::Option<::std::string::String>,
    }
    impl Attempt {
        pub fn builder() -> builder::Attempt {
            Default::default()
        }
    }
    ///Per channel. `message_status` (messages) or `call_status` (calls) is the delivery state, text rather than an enum: `queued`, `sending`, `sent`, `delivered`, `undelivered`, `failed`, `read`, ...; `error_code` says why a message failed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AttemptChannelData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verification_sid: ::std::option::Option<::std::string::String>,
    }
    impl AttemptChannelData {
        pub fn builder() -> builder::AttemptChannelData {
            Default::default()
        }
    }
    ///`AttemptList`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AttemptList {
        pub attempts: ::std::vec::Vec<Attempt>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub meta: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AttemptList {
        pub fn builder() -> builder::AttemptList {
            Default::default()
        }
    }
    ///`AttemptPrice`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AttemptPrice {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl AttemptPrice {
        pub fn builder() -> builder::AttemptPrice {
            Default::default()
        }
    }
    ///`CheckVerificationRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CheckVerificationRequest {
        #[serde(
            rename = "Amount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub amount: ::std::option::Option<::std::string::String>,
        ///The code the person typed, 4 to 10 characters.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<CheckVerificationRequestCode>,
        #[serde(
            rename = "Payee",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "SnaClientToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sna_client_token: ::std::option::Option<::std::string::String>,
        ///The destination the code went to.
        #[serde(rename = "To", skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "VerificationSid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub verification_sid: ::std::option::Option<
            CheckVerificationRequestVerificationSid,
        >,
    }
    impl CheckVerificationRequest {
        pub fn builder() -> builder::CheckVerificationRequest {
            Default::default()
        }
    }
    ///The code the person typed, 4 to 10 characters.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CheckVerificationRequestCode(::std::string::String);
    impl ::std::ops::Deref for CheckVerificationRequestCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckVerificationRequestCode> for ::std::string::String {
        fn from(value: CheckVerificationRequestCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckVerificationRequestCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            if value.chars().count() < 4usize {
                return Err("shorter than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckVerificationRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckVerificationRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckVerificationRequestCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CheckVerificationRequestVerificationSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CheckVerificationRequestVerificationSid(::std::string::String);
    impl ::std::ops::Deref for CheckVerificationRequestVerificationSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckVerificationRequestVerificationSid>
    for ::std::string::String {
        fn from(value: CheckVerificationRequestVerificationSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckVerificationRequestVerificationSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^VE[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^VE[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckVerificationRequestVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CheckVerificationRequestVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckVerificationRequestVerificationSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CheckVerificationServiceSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CheckVerificationServiceSid(::std::string::String);
    impl ::std::ops::Deref for CheckVerificationServiceSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CheckVerificationServiceSid> for ::std::string::String {
        fn from(value: CheckVerificationServiceSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CheckVerificationServiceSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^VA[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^VA[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CheckVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CheckVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CheckVerificationServiceSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`Error`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Error {
        ///Twilio's error code (60200, 20404, ...).
        pub code: i64,
        ///Optional details, read by Twilio's own helper libraries.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub message: ::std::string::String,
        ///A link to the error's page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub more_info: ::std::option::Option<::std::string::String>,
        ///The HTTP status again.
        pub status: i32,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`FetchVerificationServiceSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct FetchVerificationServiceSid(::std::string::String);
    impl ::std::ops::Deref for FetchVerificationServiceSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FetchVerificationServiceSid> for ::std::string::String {
        fn from(value: FetchVerificationServiceSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FetchVerificationServiceSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^VA[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^VA[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FetchVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FetchVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FetchVerificationServiceSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`FetchVerificationSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct FetchVerificationSid(::std::string::String);
    impl ::std::ops::Deref for FetchVerificationSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FetchVerificationSid> for ::std::string::String {
        fn from(value: FetchVerificationSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FetchVerificationSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for FetchVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FetchVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FetchVerificationSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListVerificationAttemptsVerificationSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ListVerificationAttemptsVerificationSid(::std::string::String);
    impl ::std::ops::Deref for ListVerificationAttemptsVerificationSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVerificationAttemptsVerificationSid>
    for ::std::string::String {
        fn from(value: ListVerificationAttemptsVerificationSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVerificationAttemptsVerificationSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListVerificationAttemptsVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListVerificationAttemptsVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListVerificationAttemptsVerificationSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`StartVerificationRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct StartVerificationRequest {
        ///PSD2 transaction amount.
        #[serde(
            rename = "Amount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub amount: ::std::option::Option<::std::string::String>,
        ///Android SMS Retriever hash appended to the SMS.
        #[serde(
            rename = "AppHash",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_hash: ::std::option::Option<::std::string::String>,
        ///sms, call, whatsapp, email, sna or auto (auto and sna need access granted by Twilio).
        #[serde(rename = "Channel")]
        pub channel: ::std::string::String,
        ///E-mail channel settings (`from`, `from_name`), as a JSON object in a string.
        #[serde(
            rename = "ChannelConfiguration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub channel_configuration: ::std::option::Option<::std::string::String>,
        ///A code you generated, 4 to 10 characters; needs Custom Verification Code enabled on the Service.
        #[serde(
            rename = "CustomCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_code: ::std::option::Option<StartVerificationRequestCustomCode>,
        ///Replaces the Service's friendly name in the message (needs enabling by Twilio).
        #[serde(
            rename = "CustomFriendlyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_friendly_name: ::std::option::Option<::std::string::String>,
        ///A custom message text (Twilio steers customisation to templates).
        #[serde(
            rename = "CustomMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_message: ::std::option::Option<::std::string::String>,
        ///The end user's IP address.
        #[serde(
            rename = "DeviceIp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub device_ip: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "EnableSnaClientToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_sna_client_token: ::std::option::Option<bool>,
        ///Overrides the locale chosen from the number's country (`en`, `fr`, `pt-BR`); an unsupported one answers 404.
        #[serde(
            rename = "Locale",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub locale: ::std::option::Option<::std::string::String>,
        ///PSD2 payee.
        #[serde(
            rename = "Payee",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payee: ::std::option::Option<::std::string::String>,
        ///Programmable rate limits, as a JSON object in a string.
        #[serde(
            rename = "RateLimits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub rate_limits: ::std::option::Option<::std::string::String>,
        ///enable (default) or disable Fraud Guard and Geo Permissions for this attempt (SMS only).
        #[serde(
            rename = "RiskCheck",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub risk_check: ::std::option::Option<::std::string::String>,
        ///DTMF digits to send once a call is answered (call channel).
        #[serde(
            rename = "SendDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_digits: ::std::option::Option<::std::string::String>,
        ///Up to 10 metadata tags, as a JSON object in a string.
        #[serde(rename = "Tags", skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<::std::string::String>,
        ///Template variables, as a JSON object in a string.
        #[serde(
            rename = "TemplateCustomSubstitutions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_custom_substitutions: ::std::option::Option<::std::string::String>,
        ///A message template, overriding the Service's default.
        #[serde(
            rename = "TemplateSid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_sid: ::std::option::Option<StartVerificationRequestTemplateSid>,
        ///The destination in E.164 (`+15017122661`), or an e-mail address for the email channel.
        #[serde(rename = "To")]
        pub to: StartVerificationRequestTo,
    }
    impl StartVerificationRequest {
        pub fn builder() -> builder::StartVerificationRequest {
            Default::default()
        }
    }
    ///A code you generated, 4 to 10 characters; needs Custom Verification Code enabled on the Service.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct StartVerificationRequestCustomCode(::std::string::String);
    impl ::std::ops::Deref for StartVerificationRequestCustomCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StartVerificationRequestCustomCode>
    for ::std::string::String {
        fn from(value: StartVerificationRequestCustomCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StartVerificationRequestCustomCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            if value.chars().count() < 4usize {
                return Err("shorter than 4 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StartVerificationRequestCustomCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for StartVerificationRequestCustomCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StartVerificationRequestCustomCode {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A message template, overriding the Service's default.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct StartVerificationRequestTemplateSid(::std::string::String);
    impl ::std::ops::Deref for StartVerificationRequestTemplateSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StartVerificationRequestTemplateSid>
    for ::std::string::String {
        fn from(value: StartVerificationRequestTemplateSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StartVerificationRequestTemplateSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^HJ[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^HJ[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StartVerificationRequestTemplateSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for StartVerificationRequestTemplateSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StartVerificationRequestTemplateSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The destination in E.164 (`+15017122661`), or an e-mail address for the email channel.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct StartVerificationRequestTo(::std::string::String);
    impl ::std::ops::Deref for StartVerificationRequestTo {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StartVerificationRequestTo> for ::std::string::String {
        fn from(value: StartVerificationRequestTo) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StartVerificationRequestTo {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StartVerificationRequestTo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StartVerificationRequestTo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StartVerificationRequestTo {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`StartVerificationServiceSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct StartVerificationServiceSid(::std::string::String);
    impl ::std::ops::Deref for StartVerificationServiceSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StartVerificationServiceSid> for ::std::string::String {
        fn from(value: StartVerificationServiceSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for StartVerificationServiceSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^VA[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^VA[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for StartVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StartVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for StartVerificationServiceSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateVerificationRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateVerificationRequest {
        ///canceled ends a pending verification; approved marks it verified (for custom codes).
        #[serde(rename = "Status")]
        pub status: UpdateVerificationRequestStatus,
    }
    impl UpdateVerificationRequest {
        pub fn builder() -> builder::UpdateVerificationRequest {
            Default::default()
        }
    }
    ///canceled ends a pending verification; approved marks it verified (for custom codes).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum UpdateVerificationRequestStatus {
        #[serde(rename = "canceled")]
        Canceled,
        #[serde(rename = "approved")]
        Approved,
    }
    impl ::std::fmt::Display for UpdateVerificationRequestStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Canceled => f.write_str("canceled"),
                Self::Approved => f.write_str("approved"),
            }
        }
    }
    impl ::std::str::FromStr for UpdateVerificationRequestStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "canceled" => Ok(Self::Canceled),
                "approved" => Ok(Self::Approved),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateVerificationRequestStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateVerificationRequestStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UpdateVerificationServiceSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UpdateVerificationServiceSid(::std::string::String);
    impl ::std::ops::Deref for UpdateVerificationServiceSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateVerificationServiceSid> for ::std::string::String {
        fn from(value: UpdateVerificationServiceSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateVerificationServiceSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^VA[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^VA[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateVerificationServiceSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateVerificationServiceSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateVerificationSid`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UpdateVerificationSid(::std::string::String);
    impl ::std::ops::Deref for UpdateVerificationSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateVerificationSid> for ::std::string::String {
        fn from(value: UpdateVerificationSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateVerificationSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateVerificationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateVerificationSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`Verification`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Verification {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::std::string::String>,
        ///sms, call, email, whatsapp, sna (rcs is mentioned too).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub lookup: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payee: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_code_attempts: ::std::option::Option<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_sid: ::std::option::Option<::std::string::String>,
        ///`VE` and 32 hex digits.
        pub sid: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sna: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///pending, approved, canceled, max_attempts_reached, deleted, failed or expired.
        pub status: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///Legacy; use status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub valid: ::std::option::Option<bool>,
    }
    impl Verification {
        pub fn builder() -> builder::Verification {
            Default::default()
        }
    }
    ///`VerificationCheck`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VerificationCheck {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payee: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_sid: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sid: ::std::option::Option<::std::string::String>,
        ///The SNA errors of the checks so far, oldest first; null unless the channel is sna.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sna_attempts_error_codes: ::std::option::Option<
            ::std::vec::Vec<::serde_json::Value>,
        >,
        ///approved for the right code; pending for a wrong one (with attempts left).
        pub status: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub valid: ::std::option::Option<bool>,
    }
    impl VerificationCheck {
        pub fn builder() -> builder::VerificationCheck {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Attempt {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel_data: ::std::result::Result<
                ::std::option::Option<super::AttemptChannelData>,
                ::std::string::String,
            >,
            conversion_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<super::AttemptPrice>,
                ::std::string::String,
            >,
            service_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verification_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Attempt {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    channel: Ok(Default::default()),
                    channel_data: Ok(Default::default()),
                    conversion_status: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    price: Ok(Default::default()),
                    service_sid: Ok(Default::default()),
                    sid: Err("no value supplied for sid".to_string()),
                    url: Ok(Default::default()),
                    verification_sid: Ok(Default::default()),
                }
            }
        }
        impl Attempt {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn channel_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AttemptChannelData>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.channel_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel_data: {e}")
                    });
                self
            }
            pub fn conversion_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversion_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversion_status: {e}"
                        )
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AttemptPrice>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn service_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_sid: {e}")
                    });
                self
            }
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn verification_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_sid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Attempt> for super::Attempt {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Attempt,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    channel: value.channel?,
                    channel_data: value.channel_data?,
                    conversion_status: value.conversion_status?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    price: value.price?,
                    service_sid: value.service_sid?,
                    sid: value.sid?,
                    url: value.url?,
                    verification_sid: value.verification_sid?,
                })
            }
        }
        impl ::std::convert::From<super::Attempt> for Attempt {
            fn from(value: super::Attempt) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    channel: Ok(value.channel),
                    channel_data: Ok(value.channel_data),
                    conversion_status: Ok(value.conversion_status),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    price: Ok(value.price),
                    service_sid: Ok(value.service_sid),
                    sid: Ok(value.sid),
                    url: Ok(value.url),
                    verification_sid: Ok(value.verification_sid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttemptChannelData {
            call_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verification_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttemptChannelData {
            fn default() -> Self {
                Self {
                    call_status: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    message_status: Ok(Default::default()),
                    status: Ok(Default::default()),
                    to: Ok(Default::default()),
                    verification_sid: Ok(Default::default()),
                }
            }
        }
        impl AttemptChannelData {
            pub fn call_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.call_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for call_status: {e}")
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn message_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_status: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
            pub fn verification_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.verification_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_sid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttemptChannelData> for super::AttemptChannelData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttemptChannelData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    call_status: value.call_status?,
                    error_code: value.error_code?,
                    message_status: value.message_status?,
                    status: value.status?,
                    to: value.to?,
                    verification_sid: value.verification_sid?,
                })
            }
        }
        impl ::std::convert::From<super::AttemptChannelData> for AttemptChannelData {
            fn from(value: super::AttemptChannelData) -> Self {
                Self {
                    call_status: Ok(value.call_status),
                    error_code: Ok(value.error_code),
                    message_status: Ok(value.message_status),
                    status: Ok(value.status),
                    to: Ok(value.to),
                    verification_sid: Ok(value.verification_sid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttemptList {
            attempts: ::std::result::Result<
                ::std::vec::Vec<super::Attempt>,
                ::std::string::String,
            >,
            meta: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttemptList {
            fn default() -> Self {
                Self {
                    attempts: Err("no value supplied for attempts".to_string()),
                    meta: Ok(Default::default()),
                }
            }
        }
        impl AttemptList {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Attempt>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempts: {e}")
                    });
                self
            }
            pub fn meta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.meta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttemptList> for super::AttemptList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttemptList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    meta: value.meta?,
                })
            }
        }
        impl ::std::convert::From<super::AttemptList> for AttemptList {
            fn from(value: super::AttemptList) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    meta: Ok(value.meta),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AttemptPrice {
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AttemptPrice {
            fn default() -> Self {
                Self {
                    currency: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl AttemptPrice {
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AttemptPrice> for super::AttemptPrice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AttemptPrice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    currency: value.currency?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::AttemptPrice> for AttemptPrice {
            fn from(value: super::AttemptPrice) -> Self {
                Self {
                    currency: Ok(value.currency),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckVerificationRequest {
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<super::CheckVerificationRequestCode>,
                ::std::string::String,
            >,
            payee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sna_client_token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verification_sid: ::std::result::Result<
                ::std::option::Option<super::CheckVerificationRequestVerificationSid>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckVerificationRequest {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    code: Ok(Default::default()),
                    payee: Ok(Default::default()),
                    sna_client_token: Ok(Default::default()),
                    to: Ok(Default::default()),
                    verification_sid: Ok(Default::default()),
                }
            }
        }
        impl CheckVerificationRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckVerificationRequestCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
                    });
                self
            }
            pub fn sna_client_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sna_client_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sna_client_token: {e}"
                        )
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
            pub fn verification_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckVerificationRequestVerificationSid>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.verification_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for verification_sid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckVerificationRequest>
        for super::CheckVerificationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckVerificationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    code: value.code?,
                    payee: value.payee?,
                    sna_client_token: value.sna_client_token?,
                    to: value.to?,
                    verification_sid: value.verification_sid?,
                })
            }
        }
        impl ::std::convert::From<super::CheckVerificationRequest>
        for CheckVerificationRequest {
            fn from(value: super::CheckVerificationRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    code: Ok(value.code),
                    payee: Ok(value.payee),
                    sna_client_token: Ok(value.sna_client_token),
                    to: Ok(value.to),
                    verification_sid: Ok(value.verification_sid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<i64, ::std::string::String>,
            details: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            more_info: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    details: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    more_info: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn more_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.more_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for more_info: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    message: value.message?,
                    more_info: value.more_info?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    details: Ok(value.details),
                    message: Ok(value.message),
                    more_info: Ok(value.more_info),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StartVerificationRequest {
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            app_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel: ::std::result::Result<::std::string::String, ::std::string::String>,
            channel_configuration: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_code: ::std::result::Result<
                ::std::option::Option<super::StartVerificationRequestCustomCode>,
                ::std::string::String,
            >,
            custom_friendly_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enable_sna_client_token: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            locale: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rate_limits: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            risk_check: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            send_digits: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_custom_substitutions: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_sid: ::std::result::Result<
                ::std::option::Option<super::StartVerificationRequestTemplateSid>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                super::StartVerificationRequestTo,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StartVerificationRequest {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    app_hash: Ok(Default::default()),
                    channel: Err("no value supplied for channel".to_string()),
                    channel_configuration: Ok(Default::default()),
                    custom_code: Ok(Default::default()),
                    custom_friendly_name: Ok(Default::default()),
                    custom_message: Ok(Default::default()),
                    device_ip: Ok(Default::default()),
                    enable_sna_client_token: Ok(Default::default()),
                    locale: Ok(Default::default()),
                    payee: Ok(Default::default()),
                    rate_limits: Ok(Default::default()),
                    risk_check: Ok(Default::default()),
                    send_digits: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    template_custom_substitutions: Ok(Default::default()),
                    template_sid: Ok(Default::default()),
                    to: Err("no value supplied for to".to_string()),
                }
            }
        }
        impl StartVerificationRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn app_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.app_hash = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app_hash: {e}")
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn channel_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for channel_configuration: {e}"
                        )
                    });
                self
            }
            pub fn custom_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StartVerificationRequestCustomCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for custom_code: {e}")
                    });
                self
            }
            pub fn custom_friendly_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_friendly_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_friendly_name: {e}"
                        )
                    });
                self
            }
            pub fn custom_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_message: {e}"
                        )
                    });
                self
            }
            pub fn device_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_ip: {e}")
                    });
                self
            }
            pub fn enable_sna_client_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_sna_client_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_sna_client_token: {e}"
                        )
                    });
                self
            }
            pub fn locale<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.locale = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locale: {e}")
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
                    });
                self
            }
            pub fn rate_limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_limits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rate_limits: {e}")
                    });
                self
            }
            pub fn risk_check<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.risk_check = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for risk_check: {e}")
                    });
                self
            }
            pub fn send_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_digits: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn template_custom_substitutions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.template_custom_substitutions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for template_custom_substitutions: {e}"
                        )
                    });
                self
            }
            pub fn template_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::StartVerificationRequestTemplateSid>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.template_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for template_sid: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StartVerificationRequestTo>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<StartVerificationRequest>
        for super::StartVerificationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartVerificationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    app_hash: value.app_hash?,
                    channel: value.channel?,
                    channel_configuration: value.channel_configuration?,
                    custom_code: value.custom_code?,
                    custom_friendly_name: value.custom_friendly_name?,
                    custom_message: value.custom_message?,
                    device_ip: value.device_ip?,
                    enable_sna_client_token: value.enable_sna_client_token?,
                    locale: value.locale?,
                    payee: value.payee?,
                    rate_limits: value.rate_limits?,
                    risk_check: value.risk_check?,
                    send_digits: value.send_digits?,
                    tags: value.tags?,
                    template_custom_substitutions: value.template_custom_substitutions?,
                    template_sid: value.template_sid?,
                    to: value.to?,
                })
            }
        }
        impl ::std::convert::From<super::StartVerificationRequest>
        for StartVerificationRequest {
            fn from(value: super::StartVerificationRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    app_hash: Ok(value.app_hash),
                    channel: Ok(value.channel),
                    channel_configuration: Ok(value.channel_configuration),
                    custom_code: Ok(value.custom_code),
                    custom_friendly_name: Ok(value.custom_friendly_name),
                    custom_message: Ok(value.custom_message),
                    device_ip: Ok(value.device_ip),
                    enable_sna_client_token: Ok(value.enable_sna_client_token),
                    locale: Ok(value.locale),
                    payee: Ok(value.payee),
                    rate_limits: Ok(value.rate_limits),
                    risk_check: Ok(value.risk_check),
                    send_digits: Ok(value.send_digits),
                    tags: Ok(value.tags),
                    template_custom_substitutions: Ok(
                        value.template_custom_substitutions,
                    ),
                    template_sid: Ok(value.template_sid),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateVerificationRequest {
            status: ::std::result::Result<
                super::UpdateVerificationRequestStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateVerificationRequest {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl UpdateVerificationRequest {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UpdateVerificationRequestStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateVerificationRequest>
        for super::UpdateVerificationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateVerificationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::UpdateVerificationRequest>
        for UpdateVerificationRequest {
            fn from(value: super::UpdateVerificationRequest) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Verification {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lookup: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            payee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            send_code_attempts: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                ::std::string::String,
            >,
            service_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<::std::string::String, ::std::string::String>,
            sna: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            valid: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Verification {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    channel: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    lookup: Ok(Default::default()),
                    payee: Ok(Default::default()),
                    send_code_attempts: Ok(Default::default()),
                    service_sid: Ok(Default::default()),
                    sid: Err("no value supplied for sid".to_string()),
                    sna: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    to: Ok(Default::default()),
                    url: Ok(Default::default()),
                    valid: Ok(Default::default()),
                }
            }
        }
        impl Verification {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn lookup<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.lookup = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lookup: {e}")
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
                    });
                self
            }
            pub fn send_code_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.send_code_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_code_attempts: {e}"
                        )
                    });
                self
            }
            pub fn service_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_sid: {e}")
                    });
                self
            }
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn sna<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sna = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sna: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for valid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Verification> for super::Verification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Verification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    amount: value.amount?,
                    channel: value.channel?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    lookup: value.lookup?,
                    payee: value.payee?,
                    send_code_attempts: value.send_code_attempts?,
                    service_sid: value.service_sid?,
                    sid: value.sid?,
                    sna: value.sna?,
                    status: value.status?,
                    to: value.to?,
                    url: value.url?,
                    valid: value.valid?,
                })
            }
        }
        impl ::std::convert::From<super::Verification> for Verification {
            fn from(value: super::Verification) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    amount: Ok(value.amount),
                    channel: Ok(value.channel),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    lookup: Ok(value.lookup),
                    payee: Ok(value.payee),
                    send_code_attempts: Ok(value.send_code_attempts),
                    service_sid: Ok(value.service_sid),
                    sid: Ok(value.sid),
                    sna: Ok(value.sna),
                    status: Ok(value.status),
                    to: Ok(value.to),
                    url: Ok(value.url),
                    valid: Ok(value.valid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerificationCheck {
            account_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            date_updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payee: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sna_attempts_error_codes: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            valid: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerificationCheck {
            fn default() -> Self {
                Self {
                    account_sid: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    channel: Ok(Default::default()),
                    date_created: Ok(Default::default()),
                    date_updated: Ok(Default::default()),
                    payee: Ok(Default::default()),
                    service_sid: Ok(Default::default()),
                    sid: Ok(Default::default()),
                    sna_attempts_error_codes: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    to: Ok(Default::default()),
                    valid: Ok(Default::default()),
                }
            }
        }
        impl VerificationCheck {
            pub fn account_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_sid: {e}")
                    });
                self
            }
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn date_created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_created: {e}")
                    });
                self
            }
            pub fn date_updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_updated: {e}")
                    });
                self
            }
            pub fn payee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payee: {e}")
                    });
                self
            }
            pub fn service_sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_sid: {e}")
                    });
                self
            }
            pub fn sid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sid: {e}")
                    });
                self
            }
            pub fn sna_attempts_error_codes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sna_attempts_error_codes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for sna_attempts_error_codes: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
            pub fn valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.valid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for valid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerificationCheck> for super::VerificationCheck {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerificationCheck,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_sid: value.account_sid?,
                    amount: value.amount?,
                    channel: value.channel?,
                    date_created: value.date_created?,
                    date_updated: value.date_updated?,
                    payee: value.payee?,
                    service_sid: value.service_sid?,
                    sid: value.sid?,
                    sna_attempts_error_codes: value.sna_attempts_error_codes?,
                    status: value.status?,
                    to: value.to?,
                    valid: value.valid?,
                })
            }
        }
        impl ::std::convert::From<super::VerificationCheck> for VerificationCheck {
            fn from(value: super::VerificationCheck) -> Self {
                Self {
                    account_sid: Ok(value.account_sid),
                    amount: Ok(value.amount),
                    channel: Ok(value.channel),
                    date_created: Ok(value.date_created),
                    date_updated: Ok(value.date_updated),
                    payee: Ok(value.payee),
                    service_sid: Ok(value.service_sid),
                    sid: Ok(value.sid),
                    sna_attempts_error_codes: Ok(value.sna_attempts_error_codes),
                    status: Ok(value.status),
                    to: Ok(value.to),
                    valid: Ok(value.valid),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Twilio Verify API

Start a verification (Twilio generates the code and delivers it), check a code, fetch or
cancel a verification. Requests are form-encoded with PascalCase parameters; answers are
JSON with snake_case fields. HTTP Basic authentication: an API key SID (`SK...`) and its
secret, or the Account SID (`AC...`) and Auth Token. The account is implied by the
credentials; paths name only the Verify Service (`VA...`).


Version: 2.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "2.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<()>,
    {}
};
impl Client {
    /**List verification attempts (each send of a code), newest first

The delivery look-up (specs/NOTES-delivery.md 5.2): each attempt's `channel_data.message_status` follows the message's outbound progression. Covers the last 30 days, so it outlives the verification itself (deleted once approved). Public Beta at Twilio.

Sends a `GET` request to `/v2/Attempts`

Arguments:
- `page_size`: Attempts per page (50 by default).
- `verification_sid`: Only the attempts of this verification (`VE...`).
```ignore
let response = client.list_verification_attempts()
    .page_size(page_size)
    .verification_sid(verification_sid)
    .send()
    .await;
```*/
    pub fn list_verification_attempts(&self) -> builder::ListVerificationAttempts<'_> {
        builder::ListVerificationAttempts::new(self)
    }
    /**Check a code. A wrong code answers 200 with status pending

Sends a `POST` request to `/v2/Services/{ServiceSid}/VerificationCheck`

Arguments:
- `service_sid`: The Verify Service, `VA` followed by 32 hex digits.
- `body`
```ignore
let response = client.check_verification()
    .service_sid(service_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn check_verification(&self) -> builder::CheckVerification<'_> {
        builder::CheckVerification::new(self)
    }
    /**Start a verification; a resend within the 10 minutes sends the same code

Sends a `POST` request to `/v2/Services/{ServiceSid}/Verifications`

Arguments:
- `service_sid`: The Verify Service, `VA` followed by 32 hex digits.
- `body`
```ignore
let response = client.start_verification()
    .service_sid(service_sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn start_verification(&self) -> builder::StartVerification<'_> {
        builder::StartVerification::new(self)
    }
    /**Fetch a pending verification (404 once approved, cancelled, expired or locked by wrong codes)

Sends a `GET` request to `/v2/Services/{ServiceSid}/Verifications/{Sid}`

Arguments:
- `service_sid`: The Verify Service, `VA` followed by 32 hex digits.
- `sid`: The verification's SID (`VE...`).
```ignore
let response = client.fetch_verification()
    .service_sid(service_sid)
    .sid(sid)
    .send()
    .await;
```*/
    pub fn fetch_verification(&self) -> builder::FetchVerification<'_> {
        builder::FetchVerification::new(self)
    }
    /**Cancel (or approve) a verification

Sends a `POST` request to `/v2/Services/{ServiceSid}/Verifications/{Sid}`

Arguments:
- `service_sid`: The Verify Service, `VA` followed by 32 hex digits.
- `sid`: The verification's SID (`VE...`); Twilio's samples also use the To value.
- `body`
```ignore
let response = client.update_verification()
    .service_sid(service_sid)
    .sid(sid)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_verification(&self) -> builder::UpdateVerification<'_> {
        builder::UpdateVerification::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_verification_attempts`]

[`Client::list_verification_attempts`]: super::Client::list_verification_attempts*/
    #[derive(Debug, Clone)]
    pub struct ListVerificationAttempts<'a> {
        client: &'a super::Client,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        verification_sid: Result<
            Option<types::ListVerificationAttemptsVerificationSid>,
            String,
        >,
    }
    impl<'a> ListVerificationAttempts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page_size: Ok(None),
                verification_sid: Ok(None),
            }
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page_size failed"
                        .to_string()
                });
            self
        }
        pub fn verification_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListVerificationAttemptsVerificationSid>,
        {
            self.verification_sid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVerificationAttemptsVerificationSid` for verification_sid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/Attempts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AttemptList>, Error<types::Error>> {
            let Self { client, page_size, verification_sid } = self;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let verification_sid = verification_sid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/Attempts", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "VerificationSid",
                        &verification_sid,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_verification_attempts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (otpkit_http::check_answer)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200u16 => otpkit_http::json_answer(response).await,
                400u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                401u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                429u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::check_verification`]

[`Client::check_verification`]: super::Client::check_verification*/
    #[derive(Debug, Clone)]
    pub struct CheckVerification<'a> {
        client: &'a super::Client,
        service_sid: Result<types::CheckVerificationServiceSid, String>,
        body: Result<types::builder::CheckVerificationRequest, String>,
    }
    impl<'a> CheckVerification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_sid: Err("service_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn service_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckVerificationServiceSid>,
        {
            self.service_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `CheckVerificationServiceSid` for service_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CheckVerificationRequest>,
            <V as std::convert::TryInto<
                types::CheckVerificationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CheckVerificationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CheckVerificationRequest,
            ) -> types::builder::CheckVerificationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/Services/{ServiceSid}/VerificationCheck`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerificationCheck>, Error<types::Error>> {
            let Self { client, service_sid, body } = self;
            let service_sid = service_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CheckVerificationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/Services/{}/VerificationCheck", client.baseurl, encode_path(&
                service_sid.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "check_verification",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (otpkit_http::check_answer)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200u16 => otpkit_http::json_answer(response).await,
                200..=299 => otpkit_http::json_answer(response).await,
                400u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                401u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                429u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::start_verification`]

[`Client::start_verification`]: super::Client::start_verification*/
    #[derive(Debug, Clone)]
    pub struct StartVerification<'a> {
        client: &'a super::Client,
        service_sid: Result<types::StartVerificationServiceSid, String>,
        body: Result<types::builder::StartVerificationRequest, String>,
    }
    impl<'a> StartVerification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_sid: Err("service_sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn service_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StartVerificationServiceSid>,
        {
            self.service_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StartVerificationServiceSid` for service_sid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StartVerificationRequest>,
            <V as std::convert::TryInto<
                types::StartVerificationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `StartVerificationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StartVerificationRequest,
            ) -> types::builder::StartVerificationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/Services/{ServiceSid}/Verifications`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Verification>, Error<types::Error>> {
            let Self { client, service_sid, body } = self;
            let service_sid = service_sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::StartVerificationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/Services/{}/Verifications", client.baseurl, encode_path(&
                service_sid.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "start_verification",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (otpkit_http::check_answer)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200..=299 => otpkit_http::json_answer(response).await,
                201u16 => otpkit_http::json_answer(response).await,
                400u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                401u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                429u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::fetch_verification`]

[`Client::fetch_verification`]: super::Client::fetch_verification*/
    #[derive(Debug, Clone)]
    pub struct FetchVerification<'a> {
        client: &'a super::Client,
        service_sid: Result<types::FetchVerificationServiceSid, String>,
        sid: Result<types::FetchVerificationSid, String>,
    }
    impl<'a> FetchVerification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_sid: Err("service_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
            }
        }
        pub fn service_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FetchVerificationServiceSid>,
        {
            self.service_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `FetchVerificationServiceSid` for service_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FetchVerificationSid>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `FetchVerificationSid` for sid failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/Services/{ServiceSid}/Verifications/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Verification>, Error<types::Error>> {
            let Self { client, service_sid, sid } = self;
            let service_sid = service_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/Services/{}/Verifications/{}", client.baseurl, encode_path(&
                service_sid.to_string()), encode_path(& sid.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "fetch_verification",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (otpkit_http::check_answer)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200u16 => otpkit_http::json_answer(response).await,
                401u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                429u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_verification`]

[`Client::update_verification`]: super::Client::update_verification*/
    #[derive(Debug, Clone)]
    pub struct UpdateVerification<'a> {
        client: &'a super::Client,
        service_sid: Result<types::UpdateVerificationServiceSid, String>,
        sid: Result<types::UpdateVerificationSid, String>,
        body: Result<types::builder::UpdateVerificationRequest, String>,
    }
    impl<'a> UpdateVerification<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                service_sid: Err("service_sid was not initialized".to_string()),
                sid: Err("sid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn service_sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateVerificationServiceSid>,
        {
            self.service_sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateVerificationServiceSid` for service_sid failed"
                        .to_string()
                });
            self
        }
        pub fn sid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateVerificationSid>,
        {
            self.sid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateVerificationSid` for sid failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateVerificationRequest>,
            <V as std::convert::TryInto<
                types::UpdateVerificationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateVerificationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateVerificationRequest,
            ) -> types::builder::UpdateVerificationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/Services/{ServiceSid}/Verifications/{Sid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Verification>, Error<types::Error>> {
            let Self { client, service_sid, sid, body } = self;
            let service_sid = service_sid.map_err(Error::InvalidRequest)?;
            let sid = sid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateVerificationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/Services/{}/Verifications/{}", client.baseurl, encode_path(&
                service_sid.to_string()), encode_path(& sid.to_string()),
            );
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_verification",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            match (otpkit_http::check_answer)(&result).await {
                Ok(_) => {}
                Err(e) => return Err(Error::Custom(e.to_string())),
            }
            let response = result?;
            match response.status().as_u16() {
                200u16 => otpkit_http::json_answer(response).await,
                400u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                401u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                429u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                500u16..=599u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
