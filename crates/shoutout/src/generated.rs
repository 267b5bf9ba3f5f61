// generated from specs/shoutout.yaml by `cargo xtask generate`; do not edit.
// progenitor 0.15.1, builder interface; needs: progenitor-client, reqwest, serde, serde_json, schemars, otpkit-http, regress.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Content`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Content {
        ///The message; must contain `{{code}}`, which ShoutOUT replaces with the generated code.
        pub sms: ContentSms,
    }
    impl Content {
        pub fn builder() -> builder::Content {
            Default::default()
        }
    }
    ///The message; must contain `{{code}}`, which ShoutOUT replaces with the generated code.
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
    pub struct ContentSms(::std::string::String);
    impl ::std::ops::Deref for ContentSms {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ContentSms> for ::std::string::String {
        fn from(value: ContentSms) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ContentSms {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("\\{\\{code\\}\\}").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"\\{\\{code\\}\\}\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentSms {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContentSms {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContentSms {
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
    ///`DestinationResult`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DestinationResult {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cost: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub destination: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl DestinationResult {
        pub fn builder() -> builder::DestinationResult {
            Default::default()
        }
    }
    ///`{"message": ...}` on every error; verification failures may also carry `statusCode` and `description`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "referenceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "statusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_code: ::std::option::Option<StatusCode>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`MessageResult`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MessageResult {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cost: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub responses: ::std::vec::Vec<DestinationResult>,
        ///Delivery status code ("1001" submit success; 1000 queued, 1010 internal error, 1012 no route, 1015 blocked, 1026 submitted, 1029 delivered, 1030 undelivered).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl MessageResult {
        pub fn builder() -> builder::MessageResult {
            Default::default()
        }
    }
    ///`SendOtpRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SendOtpRequest {
        pub content: Content,
        ///Mobile number in E.164 format, with or without the `+`, e.g. "94771234567" or "+94771234567".
        pub destination: SendOtpRequestDestination,
        ///Sender mask (alias) registered with ShoutOUT, e.g. "ShoutDEMO".
        pub source: SendOtpRequestSource,
        ///Only `sms` is documented.
        pub transport: SendOtpRequestTransport,
    }
    impl SendOtpRequest {
        pub fn builder() -> builder::SendOtpRequest {
            Default::default()
        }
    }
    ///Mobile number in E.164 format, with or without the `+`, e.g. "94771234567" or "+94771234567".
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
    pub struct SendOtpRequestDestination(::std::string::String);
    impl ::std::ops::Deref for SendOtpRequestDestination {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendOtpRequestDestination> for ::std::string::String {
        fn from(value: SendOtpRequestDestination) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendOtpRequestDestination {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^\\+?[1-9][0-9]{6,14}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^\\+?[1-9][0-9]{6,14}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SendOtpRequestDestination {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendOtpRequestDestination {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendOtpRequestDestination {
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
    ///Sender mask (alias) registered with ShoutOUT, e.g. "ShoutDEMO".
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
    pub struct SendOtpRequestSource(::std::string::String);
    impl ::std::ops::Deref for SendOtpRequestSource {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendOtpRequestSource> for ::std::string::String {
        fn from(value: SendOtpRequestSource) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendOtpRequestSource {
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
    impl ::std::convert::TryFrom<&str> for SendOtpRequestSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendOtpRequestSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendOtpRequestSource {
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
    ///Only `sms` is documented.
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
    pub enum SendOtpRequestTransport {
        #[serde(rename = "sms")]
        Sms,
    }
    impl ::std::fmt::Display for SendOtpRequestTransport {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Sms => f.write_str("sms"),
            }
        }
    }
    impl ::std::str::FromStr for SendOtpRequestTransport {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "sms" => Ok(Self::Sms),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SendOtpRequestTransport {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendOtpRequestTransport {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SendOtpResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SendOtpResponse {
        #[serde(
            rename = "messageResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_result: ::std::option::Option<MessageResult>,
        ///Pass to verify_otp.
        #[serde(rename = "referenceId")]
        pub reference_id: ::std::string::String,
    }
    impl SendOtpResponse {
        pub fn builder() -> builder::SendOtpResponse {
            Default::default()
        }
    }
    /**Verification status, a string of digits: "1000" verification success. Seen in
clients but not documented: "1001" invalid or expired code, "1002" expired code.
*/
    #[derive(
        ::serde::Deserialize,
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
    pub struct StatusCode(pub ::std::string::String);
    impl ::std::ops::Deref for StatusCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<StatusCode> for ::std::string::String {
        fn from(value: StatusCode) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for StatusCode {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for StatusCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for StatusCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`VerifyOtpRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VerifyOtpRequest {
        ///The code the person typed.
        pub code: VerifyOtpRequestCode,
        ///The `referenceId` of the send.
        #[serde(rename = "referenceId")]
        pub reference_id: VerifyOtpRequestReferenceId,
    }
    impl VerifyOtpRequest {
        pub fn builder() -> builder::VerifyOtpRequest {
            Default::default()
        }
    }
    ///The code the person typed.
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
    pub struct VerifyOtpRequestCode(::std::string::String);
    impl ::std::ops::Deref for VerifyOtpRequestCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyOtpRequestCode> for ::std::string::String {
        fn from(value: VerifyOtpRequestCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyOtpRequestCode {
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
    impl ::std::convert::TryFrom<&str> for VerifyOtpRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyOtpRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyOtpRequestCode {
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
    ///The `referenceId` of the send.
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
    pub struct VerifyOtpRequestReferenceId(::std::string::String);
    impl ::std::ops::Deref for VerifyOtpRequestReferenceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyOtpRequestReferenceId> for ::std::string::String {
        fn from(value: VerifyOtpRequestReferenceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyOtpRequestReferenceId {
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
    impl ::std::convert::TryFrom<&str> for VerifyOtpRequestReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyOtpRequestReferenceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyOtpRequestReferenceId {
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
    ///`VerifyOtpResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VerifyOtpResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "referenceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "statusCode")]
        pub status_code: StatusCode,
    }
    impl VerifyOtpResponse {
        pub fn builder() -> builder::VerifyOtpResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Content {
            sms: ::std::result::Result<super::ContentSms, ::std::string::String>,
        }
        impl ::std::default::Default for Content {
            fn default() -> Self {
                Self {
                    sms: Err("no value supplied for sms".to_string()),
                }
            }
        }
        impl Content {
            pub fn sms<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ContentSms>,
                T::Error: ::std::fmt::Display,
            {
                self.sms = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sms: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Content> for super::Content {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Content,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { sms: value.sms? })
            }
        }
        impl ::std::convert::From<super::Content> for Content {
            fn from(value: super::Content) -> Self {
                Self { sms: Ok(value.sms) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DestinationResult {
            cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            destination: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DestinationResult {
            fn default() -> Self {
                Self {
                    cost: Ok(Default::default()),
                    destination: Ok(Default::default()),
                    reference_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl DestinationResult {
            pub fn cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost: {e}")
                    });
                self
            }
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
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
        }
        impl ::std::convert::TryFrom<DestinationResult> for super::DestinationResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DestinationResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cost: value.cost?,
                    destination: value.destination?,
                    reference_id: value.reference_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::DestinationResult> for DestinationResult {
            fn from(value: super::DestinationResult) -> Self {
                Self {
                    cost: Ok(value.cost),
                    destination: Ok(value.destination),
                    reference_id: Ok(value.reference_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_code: ::std::result::Result<
                ::std::option::Option<super::StatusCode>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    message: Ok(Default::default()),
                    reference_id: Ok(Default::default()),
                    status_code: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
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
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::StatusCode>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
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
                    description: value.description?,
                    message: value.message?,
                    reference_id: value.reference_id?,
                    status_code: value.status_code?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    description: Ok(value.description),
                    message: Ok(value.message),
                    reference_id: Ok(value.reference_id),
                    status_code: Ok(value.status_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageResult {
            cost: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            responses: ::std::result::Result<
                ::std::vec::Vec<super::DestinationResult>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageResult {
            fn default() -> Self {
                Self {
                    cost: Ok(Default::default()),
                    description: Ok(Default::default()),
                    responses: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl MessageResult {
            pub fn cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn responses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DestinationResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.responses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for responses: {e}")
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
        }
        impl ::std::convert::TryFrom<MessageResult> for super::MessageResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cost: value.cost?,
                    description: value.description?,
                    responses: value.responses?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::MessageResult> for MessageResult {
            fn from(value: super::MessageResult) -> Self {
                Self {
                    cost: Ok(value.cost),
                    description: Ok(value.description),
                    responses: Ok(value.responses),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendOtpRequest {
            content: ::std::result::Result<super::Content, ::std::string::String>,
            destination: ::std::result::Result<
                super::SendOtpRequestDestination,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                super::SendOtpRequestSource,
                ::std::string::String,
            >,
            transport: ::std::result::Result<
                super::SendOtpRequestTransport,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendOtpRequest {
            fn default() -> Self {
                Self {
                    content: Err("no value supplied for content".to_string()),
                    destination: Err("no value supplied for destination".to_string()),
                    source: Err("no value supplied for source".to_string()),
                    transport: Err("no value supplied for transport".to_string()),
                }
            }
        }
        impl SendOtpRequest {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Content>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn destination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendOtpRequestDestination>,
                T::Error: ::std::fmt::Display,
            {
                self.destination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for destination: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendOtpRequestSource>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn transport<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendOtpRequestTransport>,
                T::Error: ::std::fmt::Display,
            {
                self.transport = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for transport: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendOtpRequest> for super::SendOtpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendOtpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    destination: value.destination?,
                    source: value.source?,
                    transport: value.transport?,
                })
            }
        }
        impl ::std::convert::From<super::SendOtpRequest> for SendOtpRequest {
            fn from(value: super::SendOtpRequest) -> Self {
                Self {
                    content: Ok(value.content),
                    destination: Ok(value.destination),
                    source: Ok(value.source),
                    transport: Ok(value.transport),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendOtpResponse {
            message_result: ::std::result::Result<
                ::std::option::Option<super::MessageResult>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendOtpResponse {
            fn default() -> Self {
                Self {
                    message_result: Ok(Default::default()),
                    reference_id: Err("no value supplied for reference_id".to_string()),
                }
            }
        }
        impl SendOtpResponse {
            pub fn message_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MessageResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_result = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for message_result: {e}"
                        )
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendOtpResponse> for super::SendOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message_result: value.message_result?,
                    reference_id: value.reference_id?,
                })
            }
        }
        impl ::std::convert::From<super::SendOtpResponse> for SendOtpResponse {
            fn from(value: super::SendOtpResponse) -> Self {
                Self {
                    message_result: Ok(value.message_result),
                    reference_id: Ok(value.reference_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyOtpRequest {
            code: ::std::result::Result<
                super::VerifyOtpRequestCode,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                super::VerifyOtpRequestReferenceId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerifyOtpRequest {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    reference_id: Err("no value supplied for reference_id".to_string()),
                }
            }
        }
        impl VerifyOtpRequest {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyOtpRequestCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyOtpRequestReferenceId>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyOtpRequest> for super::VerifyOtpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyOtpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    reference_id: value.reference_id?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyOtpRequest> for VerifyOtpRequest {
            fn from(value: super::VerifyOtpRequest) -> Self {
                Self {
                    code: Ok(value.code),
                    reference_id: Ok(value.reference_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyOtpResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reference_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_code: ::std::result::Result<super::StatusCode, ::std::string::String>,
        }
        impl ::std::default::Default for VerifyOtpResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    description: Ok(Default::default()),
                    reference_id: Ok(Default::default()),
                    status_code: Err("no value supplied for status_code".to_string()),
                }
            }
        }
        impl VerifyOtpResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn reference_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reference_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reference_id: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::StatusCode>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyOtpResponse> for super::VerifyOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    description: value.description?,
                    reference_id: value.reference_id?,
                    status_code: value.status_code?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyOtpResponse> for VerifyOtpResponse {
            fn from(value: super::VerifyOtpResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    description: Ok(value.description),
                    reference_id: Ok(value.reference_id),
                    status_code: Ok(value.status_code),
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
/**Client for ShoutOUT OTP Service

ShoutOUT generates the code, substitutes it for `{{code}}` in the message and sends it.
Every request needs the header `Authorization: Apikey <API key>` (the key comes from the
ShoutOUT Lite app). Code length, alphabet and lifetime are fixed by ShoutOUT and not
documented.


Version: 1.0.0*/
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
        "1.0.0"
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
    /**Send a one-time code

Sends a `POST` request to `/otpservice/send`

```ignore
let response = client.send_otp()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_otp(&self) -> builder::SendOtp<'_> {
        builder::SendOtp::new(self)
    }
    /**Verify a one-time code

Sends a `POST` request to `/otpservice/verify`

```ignore
let response = client.verify_otp()
    .body(body)
    .send()
    .await;
```*/
    pub fn verify_otp(&self) -> builder::VerifyOtp<'_> {
        builder::VerifyOtp::new(self)
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
    /**Builder for [`Client::send_otp`]

[`Client::send_otp`]: super::Client::send_otp*/
    #[derive(Debug, Clone)]
    pub struct SendOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SendOtpRequest, String>,
    }
    impl<'a> SendOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendOtpRequest>,
            <V as std::convert::TryInto<
                types::SendOtpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SendOtpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendOtpRequest,
            ) -> types::builder::SendOtpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/otpservice/send`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SendOtpResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SendOtpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/otpservice/send", client.baseurl,);
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
                operation_id: "send_otp",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::verify_otp`]

[`Client::verify_otp`]: super::Client::verify_otp*/
    #[derive(Debug, Clone)]
    pub struct VerifyOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::VerifyOtpRequest, String>,
    }
    impl<'a> VerifyOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerifyOtpRequest>,
            <V as std::convert::TryInto<
                types::VerifyOtpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `VerifyOtpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VerifyOtpRequest,
            ) -> types::builder::VerifyOtpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/otpservice/verify`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerifyOtpResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::VerifyOtpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/otpservice/verify", client.baseurl,);
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
                operation_id: "verify_otp",
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
                403u16 => {
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
