// generated from specs/pipwave.yaml by `cargo xtask generate`; do not edit.
// progenitor 0.15.1, builder interface; needs: progenitor-client, reqwest, serde, serde_json, schemars, otpkit-http, regress.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The merchant's API key; also sent in the `x-api-key` header.
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
    pub struct ApiKey(::std::string::String);
    impl ::std::ops::Deref for ApiKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ApiKey> for ::std::string::String {
        fn from(value: ApiKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ApiKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ApiKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ApiKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ApiKey {
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
    ///The number without the dialing code, digits only.
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
    pub struct ContactNo(::std::string::String);
    impl ::std::ops::Deref for ContactNo {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContactNo> for ::std::string::String {
        fn from(value: ContactNo) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContactNo {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{1,32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{1,32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContactNo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContactNo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContactNo {
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
    ///Country dialing code without `+`, e.g. "60".
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
    pub struct DialingCode(::std::string::String);
    impl ::std::ops::Deref for DialingCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DialingCode> for ::std::string::String {
        fn from(value: DialingCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DialingCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]{1,5}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]{1,5}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DialingCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DialingCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DialingCode {
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
    ///`PhoneVerifyRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum PhoneVerifyRequest {
        SendTokenRequest(SendTokenRequest),
        VerifyTokenAnswerRequest(VerifyTokenAnswerRequest),
    }
    impl ::std::convert::From<SendTokenRequest> for PhoneVerifyRequest {
        fn from(value: SendTokenRequest) -> Self {
            Self::SendTokenRequest(value)
        }
    }
    impl ::std::convert::From<VerifyTokenAnswerRequest> for PhoneVerifyRequest {
        fn from(value: VerifyTokenAnswerRequest) -> Self {
            Self::VerifyTokenAnswerRequest(value)
        }
    }
    ///`PhoneVerifyResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PhoneVerifyResponse {
        ///Error message, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///send-token: the session ID to echo in verify-token-answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference: ::std::option::Option<i64>,
        ///send-token with status 5002: seconds until a resend is accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub seconds_till_resend: ::std::option::Option<i64>,
        pub status: Status,
    }
    impl PhoneVerifyResponse {
        pub fn builder() -> builder::PhoneVerifyResponse {
            Default::default()
        }
    }
    ///`SendTokenAction`
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
    pub enum SendTokenAction {
        #[serde(rename = "send-token")]
        SendToken,
    }
    impl ::std::fmt::Display for SendTokenAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::SendToken => f.write_str("send-token"),
            }
        }
    }
    impl ::std::str::FromStr for SendTokenAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "send-token" => Ok(Self::SendToken),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendTokenAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendTokenAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Signed fields: action, timestamp, api_key, user_id, contact_no_country_dialing_code, contact_no (plus api_secret).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SendTokenRequest {
        pub action: SendTokenAction,
        pub api_key: ApiKey,
        pub contact_no: ContactNo,
        pub contact_no_country_dialing_code: DialingCode,
        pub signature: Signature,
        pub timestamp: Timestamp,
        pub user_id: UserId,
    }
    impl SendTokenRequest {
        pub fn builder() -> builder::SendTokenRequest {
            Default::default()
        }
    }
    ///Lowercase SHA-1 hex; see the API description.
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
    pub struct Signature(::std::string::String);
    impl ::std::ops::Deref for Signature {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Signature> for ::std::string::String {
        fn from(value: Signature) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for Signature {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9a-f]{40}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9a-f]{40}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for Signature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Signature {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Signature {
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
    /**Body status code, as a number or a string of digits:
200 OK; 400 failed (see message); 401 invalid API signature; 403 invalid API key;
404 invalid action; 500 server error; 5001 invalid phone number; 5002 too frequent
(see seconds_till_resend); 5003 duplicate verification request; 5004 insufficient
credit; 5005 solution disabled; 5006 merchant disabled the solution; 5051 session
expired or reference not found; 5052 incorrect answer; 9001 parameter error.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum Status {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for Status {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///UNIX time in seconds (GMT+0) of the call.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct Timestamp(pub i64);
    impl ::std::ops::Deref for Timestamp {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<Timestamp> for i64 {
        fn from(value: Timestamp) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for Timestamp {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Timestamp {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Timestamp {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for Timestamp {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for Timestamp {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Your ID of the user who owns the phone number.
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
    pub struct UserId(::std::string::String);
    impl ::std::ops::Deref for UserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UserId> for ::std::string::String {
        fn from(value: UserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UserId {
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
    ///`VerifyTokenAnswerAction`
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
    pub enum VerifyTokenAnswerAction {
        #[serde(rename = "verify-token-answer")]
        VerifyTokenAnswer,
    }
    impl ::std::fmt::Display for VerifyTokenAnswerAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::VerifyTokenAnswer => f.write_str("verify-token-answer"),
            }
        }
    }
    impl ::std::str::FromStr for VerifyTokenAnswerAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "verify-token-answer" => Ok(Self::VerifyTokenAnswer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyTokenAnswerAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyTokenAnswerAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Signed fields: action, timestamp, api_key, user_id, reference, contact_no_country_dialing_code, contact_no, answer (plus api_secret).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VerifyTokenAnswerRequest {
        pub action: VerifyTokenAnswerAction,
        ///The token the user typed (string(6)).
        pub answer: VerifyTokenAnswerRequestAnswer,
        pub api_key: ApiKey,
        pub contact_no: ContactNo,
        pub contact_no_country_dialing_code: DialingCode,
        ///The `reference` returned by send-token.
        pub reference: i64,
        pub signature: Signature,
        pub timestamp: Timestamp,
        pub user_id: UserId,
    }
    impl VerifyTokenAnswerRequest {
        pub fn builder() -> builder::VerifyTokenAnswerRequest {
            Default::default()
        }
    }
    ///The token the user typed (string(6)).
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
    pub struct VerifyTokenAnswerRequestAnswer(::std::string::String);
    impl ::std::ops::Deref for VerifyTokenAnswerRequestAnswer {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyTokenAnswerRequestAnswer> for ::std::string::String {
        fn from(value: VerifyTokenAnswerRequestAnswer) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyTokenAnswerRequestAnswer {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 6usize {
                return Err("longer than 6 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VerifyTokenAnswerRequestAnswer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VerifyTokenAnswerRequestAnswer {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyTokenAnswerRequestAnswer {
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
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct PhoneVerifyResponse {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            seconds_till_resend: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
        }
        impl ::std::default::Default for PhoneVerifyResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    reference: Ok(Default::default()),
                    seconds_till_resend: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PhoneVerifyResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
            pub fn seconds_till_resend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.seconds_till_resend = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for seconds_till_resend: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
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
        impl ::std::convert::TryFrom<PhoneVerifyResponse>
        for super::PhoneVerifyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneVerifyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    reference: value.reference?,
                    seconds_till_resend: value.seconds_till_resend?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneVerifyResponse> for PhoneVerifyResponse {
            fn from(value: super::PhoneVerifyResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    reference: Ok(value.reference),
                    seconds_till_resend: Ok(value.seconds_till_resend),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendTokenRequest {
            action: ::std::result::Result<super::SendTokenAction, ::std::string::String>,
            api_key: ::std::result::Result<super::ApiKey, ::std::string::String>,
            contact_no: ::std::result::Result<super::ContactNo, ::std::string::String>,
            contact_no_country_dialing_code: ::std::result::Result<
                super::DialingCode,
                ::std::string::String,
            >,
            signature: ::std::result::Result<super::Signature, ::std::string::String>,
            timestamp: ::std::result::Result<super::Timestamp, ::std::string::String>,
            user_id: ::std::result::Result<super::UserId, ::std::string::String>,
        }
        impl ::std::default::Default for SendTokenRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    api_key: Err("no value supplied for api_key".to_string()),
                    contact_no: Err("no value supplied for contact_no".to_string()),
                    contact_no_country_dialing_code: Err(
                        "no value supplied for contact_no_country_dialing_code"
                            .to_string(),
                    ),
                    signature: Err("no value supplied for signature".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl SendTokenRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendTokenAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKey>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn contact_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ContactNo>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_no = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact_no: {e}")
                    });
                self
            }
            pub fn contact_no_country_dialing_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DialingCode>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_no_country_dialing_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for contact_no_country_dialing_code: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Signature>,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserId>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendTokenRequest> for super::SendTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    api_key: value.api_key?,
                    contact_no: value.contact_no?,
                    contact_no_country_dialing_code: value
                        .contact_no_country_dialing_code?,
                    signature: value.signature?,
                    timestamp: value.timestamp?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::SendTokenRequest> for SendTokenRequest {
            fn from(value: super::SendTokenRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    api_key: Ok(value.api_key),
                    contact_no: Ok(value.contact_no),
                    contact_no_country_dialing_code: Ok(
                        value.contact_no_country_dialing_code,
                    ),
                    signature: Ok(value.signature),
                    timestamp: Ok(value.timestamp),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyTokenAnswerRequest {
            action: ::std::result::Result<
                super::VerifyTokenAnswerAction,
                ::std::string::String,
            >,
            answer: ::std::result::Result<
                super::VerifyTokenAnswerRequestAnswer,
                ::std::string::String,
            >,
            api_key: ::std::result::Result<super::ApiKey, ::std::string::String>,
            contact_no: ::std::result::Result<super::ContactNo, ::std::string::String>,
            contact_no_country_dialing_code: ::std::result::Result<
                super::DialingCode,
                ::std::string::String,
            >,
            reference: ::std::result::Result<i64, ::std::string::String>,
            signature: ::std::result::Result<super::Signature, ::std::string::String>,
            timestamp: ::std::result::Result<super::Timestamp, ::std::string::String>,
            user_id: ::std::result::Result<super::UserId, ::std::string::String>,
        }
        impl ::std::default::Default for VerifyTokenAnswerRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    answer: Err("no value supplied for answer".to_string()),
                    api_key: Err("no value supplied for api_key".to_string()),
                    contact_no: Err("no value supplied for contact_no".to_string()),
                    contact_no_country_dialing_code: Err(
                        "no value supplied for contact_no_country_dialing_code"
                            .to_string(),
                    ),
                    reference: Err("no value supplied for reference".to_string()),
                    signature: Err("no value supplied for signature".to_string()),
                    timestamp: Err("no value supplied for timestamp".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl VerifyTokenAnswerRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyTokenAnswerAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn answer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyTokenAnswerRequestAnswer>,
                T::Error: ::std::fmt::Display,
            {
                self.answer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for answer: {e}")
                    });
                self
            }
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKey>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn contact_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ContactNo>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_no = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact_no: {e}")
                    });
                self
            }
            pub fn contact_no_country_dialing_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DialingCode>,
                T::Error: ::std::fmt::Display,
            {
                self.contact_no_country_dialing_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for contact_no_country_dialing_code: {e}"
                        )
                    });
                self
            }
            pub fn reference<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.reference = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference: {e}")
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Signature>,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timestamp: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserId>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyTokenAnswerRequest>
        for super::VerifyTokenAnswerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyTokenAnswerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    answer: value.answer?,
                    api_key: value.api_key?,
                    contact_no: value.contact_no?,
                    contact_no_country_dialing_code: value
                        .contact_no_country_dialing_code?,
                    reference: value.reference?,
                    signature: value.signature?,
                    timestamp: value.timestamp?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyTokenAnswerRequest>
        for VerifyTokenAnswerRequest {
            fn from(value: super::VerifyTokenAnswerRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    answer: Ok(value.answer),
                    api_key: Ok(value.api_key),
                    contact_no: Ok(value.contact_no),
                    contact_no_country_dialing_code: Ok(
                        value.contact_no_country_dialing_code,
                    ),
                    reference: Ok(value.reference),
                    signature: Ok(value.signature),
                    timestamp: Ok(value.timestamp),
                    user_id: Ok(value.user_id),
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
/**Client for pipwave Phone Verification API

Both operations share one URL; the body field `action` selects `send-token` or
`verify-token-answer`. Every request carries the API key twice (the `x-api-key` header and
the `api_key` field) and a `signature`: the lowercase SHA-1 hex of the signed fields plus
`api_secret`, sorted by key and concatenated as `key:value` with no separator.
The outcome is the body's `status` (200, 5051, 5052, ...), not the HTTP status.


Version: 0.1*/
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
        "0.1"
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
    /**Send a token, or verify the answer to one

One call with a typed action: the request body is one of two request types, each
with its own constant `action`.


Sends a `POST` request to `/phone-verify`

```ignore
let response = client.phone_verify()
    .body(body)
    .send()
    .await;
```*/
    pub fn phone_verify(&self) -> builder::PhoneVerify<'_> {
        builder::PhoneVerify::new(self)
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
    /**Builder for [`Client::phone_verify`]

[`Client::phone_verify`]: super::Client::phone_verify*/
    #[derive(Debug, Clone)]
    pub struct PhoneVerify<'a> {
        client: &'a super::Client,
        body: Result<types::PhoneVerifyRequest, String>,
    }
    impl<'a> PhoneVerify<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PhoneVerifyRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `PhoneVerifyRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/phone-verify`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PhoneVerifyResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/phone-verify", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "phone_verify",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
