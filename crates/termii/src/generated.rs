// generated from specs/termii.yaml by `cargo xtask generate`; do not edit.
// progenitor 0.15.1, builder interface; needs: progenitor-client, reqwest, serde, serde_json, schemars, otpkit-http.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`BalanceResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BalanceResponse {
        ///What the wallet holds, in `currency`.
        pub balance: f64,
        ///The wallet's currency, an ISO 4217 code (NGN).
        pub currency: ::std::string::String,
        ///The account holder's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<::std::string::String>,
    }
    impl BalanceResponse {
        pub fn builder() -> builder::BalanceResponse {
            Default::default()
        }
    }
    ///Route of a send_token message.
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
    pub enum Channel {
        #[serde(rename = "dnd")]
        Dnd,
        #[serde(rename = "generic")]
        Generic,
        WhatsApp,
        #[serde(rename = "email")]
        Email,
    }
    impl ::std::fmt::Display for Channel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Dnd => f.write_str("dnd"),
                Self::Generic => f.write_str("generic"),
                Self::WhatsApp => f.write_str("WhatsApp"),
                Self::Email => f.write_str("email"),
            }
        }
    }
    impl ::std::str::FromStr for Channel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "dnd" => Ok(Self::Dnd),
                "generic" => Ok(Self::Generic),
                "WhatsApp" => Ok(Self::WhatsApp),
                "email" => Ok(Self::Email),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Channel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Channel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What Termii posts to the account's webhook URL for each message, signed with `X-Termii-Signature`, the lowercase hex HMAC-SHA512 of the raw body under the account's secret key (specs/NOTES-delivery.md 1.1). `status` is text, not an enum: Termii's pages show "Delivered", "DND Active on Phone Number", "Message Failed", "Message Sent" and "DELIVERED | Message delivered to handset"; the facade maps them and keeps the text.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DeliveryReportEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<::std::string::String>,
        ///What it cost, as text (`3.9`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cost: ::std::option::Option<::std::string::String>,
        ///The report's id.
        pub id: ::std::string::String,
        ///The text sent (it holds the code).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The message's id, as a send answered it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///The destination's digits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receiver: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<::std::string::String>,
        ///When it was sent (`2024-05-01 10:00:00`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sent_at: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
        ///`outbound` for a message the account sent.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl DeliveryReportEvent {
        pub fn builder() -> builder::DeliveryReportEvent {
            Default::default()
        }
    }
    ///Answer of send_voice_token, make_voice_call and send_email_token. E-mail answers carry no `pinId`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DeliveryResponse {
        ///Account balance after the charge.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<f64>,
        ///"ok" on success
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        ///Pass to verify_token (voice token only).
        #[serde(
            rename = "pinId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pin_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<::std::string::String>,
    }
    impl DeliveryResponse {
        pub fn builder() -> builder::DeliveryResponse {
            Default::default()
        }
    }
    ///`EmailTokenRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct EmailTokenRequest {
        pub api_key: ::std::string::String,
        ///The code to send.
        pub code: EmailTokenRequestCode,
        pub email_address: EmailTokenRequestEmailAddress,
        ///From the Termii dashboard.
        pub email_configuration_id: EmailTokenRequestEmailConfigurationId,
    }
    impl EmailTokenRequest {
        pub fn builder() -> builder::EmailTokenRequest {
            Default::default()
        }
    }
    ///The code to send.
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
    pub struct EmailTokenRequestCode(::std::string::String);
    impl ::std::ops::Deref for EmailTokenRequestCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<EmailTokenRequestCode> for ::std::string::String {
        fn from(value: EmailTokenRequestCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for EmailTokenRequestCode {
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
    impl ::std::convert::TryFrom<&str> for EmailTokenRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EmailTokenRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EmailTokenRequestCode {
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
    ///`EmailTokenRequestEmailAddress`
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
    pub struct EmailTokenRequestEmailAddress(::std::string::String);
    impl ::std::ops::Deref for EmailTokenRequestEmailAddress {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<EmailTokenRequestEmailAddress> for ::std::string::String {
        fn from(value: EmailTokenRequestEmailAddress) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for EmailTokenRequestEmailAddress {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 3usize {
                return Err("shorter than 3 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for EmailTokenRequestEmailAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for EmailTokenRequestEmailAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EmailTokenRequestEmailAddress {
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
    ///From the Termii dashboard.
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
    pub struct EmailTokenRequestEmailConfigurationId(::std::string::String);
    impl ::std::ops::Deref for EmailTokenRequestEmailConfigurationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<EmailTokenRequestEmailConfigurationId>
    for ::std::string::String {
        fn from(value: EmailTokenRequestEmailConfigurationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for EmailTokenRequestEmailConfigurationId {
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
    impl ::std::convert::TryFrom<&str> for EmailTokenRequestEmailConfigurationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for EmailTokenRequestEmailConfigurationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EmailTokenRequestEmailConfigurationId {
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
    /**Termii does not document its error body. Seen: `{"message": ...}`, Laravel-style
`{"message": ..., "errors": {field: [..]}}`, `{"errors": []}` on 422 and, from
verify_token, `{"verified": "Expired"}` on 400. Every field is optional.
*/
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
        ///Field errors (an object of string lists, or an empty list).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub msisdn: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pinId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pin_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<Verified>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`GetBalanceApiKey`
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
    pub struct GetBalanceApiKey(::std::string::String);
    impl ::std::ops::Deref for GetBalanceApiKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetBalanceApiKey> for ::std::string::String {
        fn from(value: GetBalanceApiKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetBalanceApiKey {
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
    impl ::std::convert::TryFrom<&str> for GetBalanceApiKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetBalanceApiKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetBalanceApiKey {
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
    ///`HistoryResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct HistoryResponse {
        pub data: HistoryResponseData,
    }
    impl HistoryResponse {
        pub fn builder() -> builder::HistoryResponse {
            Default::default()
        }
    }
    ///`HistoryResponseData`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct HistoryResponseData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_page: ::std::option::Option<i64>,
        pub data: ::std::vec::Vec<HistoryRow>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub per_page: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl HistoryResponseData {
        pub fn builder() -> builder::HistoryResponseData {
            Default::default()
        }
    }
    ///One message. `status` is text, not an enum ("Delivered", "DND Active on Phone Number", "Failed", ...), mapped by the facade as a report's status is.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct HistoryRow {
        ///What it cost, in the account's currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<f64>,
        ///`Y-m-d H:i:s`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media_url: ::std::option::Option<::std::string::String>,
        ///The text sent (it holds the code).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notify_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notify_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receiver: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reroute: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_by: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<::std::string::String>,
        ///`plain`, `generic`, `voice`, ...
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sms_type: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
    }
    impl HistoryRow {
        pub fn builder() -> builder::HistoryRow {
            Default::default()
        }
    }
    ///`InAppToken`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InAppToken {
        pub otp: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_other: ::std::option::Option<::std::string::String>,
        ///Note: snake_case here, `pinId` elsewhere.
        pub pin_id: ::std::string::String,
    }
    impl InAppToken {
        pub fn builder() -> builder::InAppToken {
            Default::default()
        }
    }
    ///`InAppTokenRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InAppTokenRequest {
        pub api_key: ::std::string::String,
        ///International format without `+`.
        pub phone_number: InAppTokenRequestPhoneNumber,
        pub pin_attempts: PinAttempts,
        pub pin_length: PinLength,
        pub pin_time_to_live: PinTimeToLive,
        pub pin_type: PinType,
    }
    impl InAppTokenRequest {
        pub fn builder() -> builder::InAppTokenRequest {
            Default::default()
        }
    }
    ///International format without `+`.
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
    pub struct InAppTokenRequestPhoneNumber(::std::string::String);
    impl ::std::ops::Deref for InAppTokenRequestPhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<InAppTokenRequestPhoneNumber> for ::std::string::String {
        fn from(value: InAppTokenRequestPhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for InAppTokenRequestPhoneNumber {
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
    impl ::std::convert::TryFrom<&str> for InAppTokenRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for InAppTokenRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for InAppTokenRequestPhoneNumber {
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
    ///`InAppTokenResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InAppTokenResponse {
        pub data: InAppToken,
        ///e.g. "success"
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl InAppTokenResponse {
        pub fn builder() -> builder::InAppTokenResponse {
            Default::default()
        }
    }
    ///`MessageHistoryApiKey`
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
    pub struct MessageHistoryApiKey(::std::string::String);
    impl ::std::ops::Deref for MessageHistoryApiKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MessageHistoryApiKey> for ::std::string::String {
        fn from(value: MessageHistoryApiKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MessageHistoryApiKey {
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
    impl ::std::convert::TryFrom<&str> for MessageHistoryApiKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MessageHistoryApiKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MessageHistoryApiKey {
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
    ///`MessageHistoryMessageId`
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
    pub struct MessageHistoryMessageId(::std::string::String);
    impl ::std::ops::Deref for MessageHistoryMessageId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<MessageHistoryMessageId> for ::std::string::String {
        fn from(value: MessageHistoryMessageId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for MessageHistoryMessageId {
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
    impl ::std::convert::TryFrom<&str> for MessageHistoryMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MessageHistoryMessageId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MessageHistoryMessageId {
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
    ///How many times the PIN may be tried.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct PinAttempts(pub ::std::num::NonZeroU32);
    impl ::std::ops::Deref for PinAttempts {
        type Target = ::std::num::NonZeroU32;
        fn deref(&self) -> &::std::num::NonZeroU32 {
            &self.0
        }
    }
    impl ::std::convert::From<PinAttempts> for ::std::num::NonZeroU32 {
        fn from(value: PinAttempts) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU32> for PinAttempts {
        fn from(value: ::std::num::NonZeroU32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PinAttempts {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PinAttempts {
        type Err = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PinAttempts {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PinAttempts {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///PIN length (4 to 8).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct PinLength(pub i32);
    impl ::std::ops::Deref for PinLength {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<PinLength> for i32 {
        fn from(value: PinLength) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for PinLength {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PinLength {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PinLength {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PinLength {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PinLength {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Minutes before the PIN expires (0 to 60).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct PinTimeToLive(pub i32);
    impl ::std::ops::Deref for PinTimeToLive {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<PinTimeToLive> for i32 {
        fn from(value: PinTimeToLive) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for PinTimeToLive {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PinTimeToLive {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PinTimeToLive {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PinTimeToLive {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PinTimeToLive {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///The characters a PIN is made of.
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
    pub enum PinType {
        #[serde(rename = "NUMERIC")]
        Numeric,
        #[serde(rename = "ALPHANUMERIC")]
        Alphanumeric,
    }
    impl ::std::fmt::Display for PinType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Numeric => f.write_str("NUMERIC"),
                Self::Alphanumeric => f.write_str("ALPHANUMERIC"),
            }
        }
    }
    impl ::std::str::FromStr for PinType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "NUMERIC" => Ok(Self::Numeric),
                "ALPHANUMERIC" => Ok(Self::Alphanumeric),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PinType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PinType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Carries `pin_type` or `message_type` (or both, with the same value); a request with neither is refused with 422.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SendTokenRequest {
        ///Your API key.
        pub api_key: ::std::string::String,
        pub channel: Channel,
        ///Sender ID (alphanumeric 3-11 characters, or numeric), or an e-mail configuration ID for the `email` channel.
        pub from: SendTokenRequestFrom,
        ///The message; must contain `pin_placeholder`.
        pub message_text: SendTokenRequestMessageText,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_type: ::std::option::Option<PinType>,
        pub pin_attempts: PinAttempts,
        pub pin_length: PinLength,
        ///Text in `message_text` that Termii replaces with the PIN, e.g. "< 1234 >".
        pub pin_placeholder: SendTokenRequestPinPlaceholder,
        pub pin_time_to_live: PinTimeToLive,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pin_type: ::std::option::Option<PinType>,
        ///Destination in international format without `+` (e.g. 2348109077743), or an e-mail address for the `email` channel.
        pub to: SendTokenRequestTo,
    }
    impl SendTokenRequest {
        pub fn builder() -> builder::SendTokenRequest {
            Default::default()
        }
    }
    ///Sender ID (alphanumeric 3-11 characters, or numeric), or an e-mail configuration ID for the `email` channel.
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
    pub struct SendTokenRequestFrom(::std::string::String);
    impl ::std::ops::Deref for SendTokenRequestFrom {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendTokenRequestFrom> for ::std::string::String {
        fn from(value: SendTokenRequestFrom) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendTokenRequestFrom {
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
    impl ::std::convert::TryFrom<&str> for SendTokenRequestFrom {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendTokenRequestFrom {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendTokenRequestFrom {
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
    ///The message; must contain `pin_placeholder`.
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
    pub struct SendTokenRequestMessageText(::std::string::String);
    impl ::std::ops::Deref for SendTokenRequestMessageText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendTokenRequestMessageText> for ::std::string::String {
        fn from(value: SendTokenRequestMessageText) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendTokenRequestMessageText {
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
    impl ::std::convert::TryFrom<&str> for SendTokenRequestMessageText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendTokenRequestMessageText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendTokenRequestMessageText {
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
    ///Text in `message_text` that Termii replaces with the PIN, e.g. "< 1234 >".
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
    pub struct SendTokenRequestPinPlaceholder(::std::string::String);
    impl ::std::ops::Deref for SendTokenRequestPinPlaceholder {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendTokenRequestPinPlaceholder> for ::std::string::String {
        fn from(value: SendTokenRequestPinPlaceholder) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendTokenRequestPinPlaceholder {
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
    impl ::std::convert::TryFrom<&str> for SendTokenRequestPinPlaceholder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SendTokenRequestPinPlaceholder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendTokenRequestPinPlaceholder {
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
    ///Destination in international format without `+` (e.g. 2348109077743), or an e-mail address for the `email` channel.
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
    pub struct SendTokenRequestTo(::std::string::String);
    impl ::std::ops::Deref for SendTokenRequestTo {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SendTokenRequestTo> for ::std::string::String {
        fn from(value: SendTokenRequestTo) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SendTokenRequestTo {
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
    impl ::std::convert::TryFrom<&str> for SendTokenRequestTo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SendTokenRequestTo {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SendTokenRequestTo {
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
    ///`SendTokenResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SendTokenResponse {
        ///Pass to verify_token as `pin_id`.
        #[serde(rename = "pinId")]
        pub pin_id: ::std::string::String,
        ///e.g. "Message Sent"
        #[serde(
            rename = "smsStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sms_status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<::std::string::String>,
    }
    impl SendTokenResponse {
        pub fn builder() -> builder::SendTokenResponse {
            Default::default()
        }
    }
    ///Whether the PIN matched. A boolean, or a string such as "True", "False" or "Expired".
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum Verified {
        Boolean(bool),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for Verified {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Boolean(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<bool> for Verified {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    ///`VerifyTokenRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VerifyTokenRequest {
        pub api_key: ::std::string::String,
        ///The PIN the person typed.
        pub pin: VerifyTokenRequestPin,
        ///The `pinId` of the send.
        pub pin_id: VerifyTokenRequestPinId,
    }
    impl VerifyTokenRequest {
        pub fn builder() -> builder::VerifyTokenRequest {
            Default::default()
        }
    }
    ///The PIN the person typed.
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
    pub struct VerifyTokenRequestPin(::std::string::String);
    impl ::std::ops::Deref for VerifyTokenRequestPin {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyTokenRequestPin> for ::std::string::String {
        fn from(value: VerifyTokenRequestPin) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyTokenRequestPin {
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
    impl ::std::convert::TryFrom<&str> for VerifyTokenRequestPin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyTokenRequestPin {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyTokenRequestPin {
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
    ///The `pinId` of the send.
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
    pub struct VerifyTokenRequestPinId(::std::string::String);
    impl ::std::ops::Deref for VerifyTokenRequestPinId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VerifyTokenRequestPinId> for ::std::string::String {
        fn from(value: VerifyTokenRequestPinId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VerifyTokenRequestPinId {
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
    impl ::std::convert::TryFrom<&str> for VerifyTokenRequestPinId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VerifyTokenRequestPinId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VerifyTokenRequestPinId {
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
    ///`VerifyTokenResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VerifyTokenResponse {
        ///Seen in some responses to a wrong PIN.
        #[serde(
            rename = "attemptsRemaining",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub attempts_remaining: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub msisdn: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pinId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pin_id: ::std::option::Option<::std::string::String>,
        pub verified: Verified,
    }
    impl VerifyTokenResponse {
        pub fn builder() -> builder::VerifyTokenResponse {
            Default::default()
        }
    }
    ///`VoiceCallRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VoiceCallRequest {
        pub api_key: ::std::string::String,
        ///The 4 to 8 digit code to read out.
        pub code: i32,
        ///International format without `+`.
        pub phone_number: VoiceCallRequestPhoneNumber,
    }
    impl VoiceCallRequest {
        pub fn builder() -> builder::VoiceCallRequest {
            Default::default()
        }
    }
    ///International format without `+`.
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
    pub struct VoiceCallRequestPhoneNumber(::std::string::String);
    impl ::std::ops::Deref for VoiceCallRequestPhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VoiceCallRequestPhoneNumber> for ::std::string::String {
        fn from(value: VoiceCallRequestPhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VoiceCallRequestPhoneNumber {
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
    impl ::std::convert::TryFrom<&str> for VoiceCallRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VoiceCallRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VoiceCallRequestPhoneNumber {
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
    ///`VoiceTokenRequest`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VoiceTokenRequest {
        pub api_key: ::std::string::String,
        ///International format without `+`.
        pub phone_number: VoiceTokenRequestPhoneNumber,
        pub pin_attempts: PinAttempts,
        pub pin_length: PinLength,
        pub pin_time_to_live: PinTimeToLive,
    }
    impl VoiceTokenRequest {
        pub fn builder() -> builder::VoiceTokenRequest {
            Default::default()
        }
    }
    ///International format without `+`.
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
    pub struct VoiceTokenRequestPhoneNumber(::std::string::String);
    impl ::std::ops::Deref for VoiceTokenRequestPhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VoiceTokenRequestPhoneNumber> for ::std::string::String {
        fn from(value: VoiceTokenRequestPhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VoiceTokenRequestPhoneNumber {
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
    impl ::std::convert::TryFrom<&str> for VoiceTokenRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VoiceTokenRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VoiceTokenRequestPhoneNumber {
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
        pub struct BalanceResponse {
            balance: ::std::result::Result<f64, ::std::string::String>,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BalanceResponse {
            fn default() -> Self {
                Self {
                    balance: Err("no value supplied for balance".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl BalanceResponse {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BalanceResponse> for super::BalanceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    balance: value.balance?,
                    currency: value.currency?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::BalanceResponse> for BalanceResponse {
            fn from(value: super::BalanceResponse) -> Self {
                Self {
                    balance: Ok(value.balance),
                    currency: Ok(value.currency),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryReportEvent {
            channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cost: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            receiver: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sent_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryReportEvent {
            fn default() -> Self {
                Self {
                    channel: Ok(Default::default()),
                    cost: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    message: Ok(Default::default()),
                    message_id: Ok(Default::default()),
                    receiver: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    sent_at: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl DeliveryReportEvent {
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
            pub fn cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn receiver<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.receiver = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receiver: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn sent_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sent_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sent_at: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryReportEvent>
        for super::DeliveryReportEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryReportEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    channel: value.channel?,
                    cost: value.cost?,
                    id: value.id?,
                    message: value.message?,
                    message_id: value.message_id?,
                    receiver: value.receiver?,
                    sender: value.sender?,
                    sent_at: value.sent_at?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryReportEvent> for DeliveryReportEvent {
            fn from(value: super::DeliveryReportEvent) -> Self {
                Self {
                    channel: Ok(value.channel),
                    cost: Ok(value.cost),
                    id: Ok(value.id),
                    message: Ok(value.message),
                    message_id: Ok(value.message_id),
                    receiver: Ok(value.receiver),
                    sender: Ok(value.sender),
                    sent_at: Ok(value.sent_at),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryResponse {
            balance: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pin_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryResponse {
            fn default() -> Self {
                Self {
                    balance: Ok(Default::default()),
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    message_id: Ok(Default::default()),
                    pin_id: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl DeliveryResponse {
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
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
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn pin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_id: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryResponse> for super::DeliveryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    balance: value.balance?,
                    code: value.code?,
                    message: value.message?,
                    message_id: value.message_id?,
                    pin_id: value.pin_id?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryResponse> for DeliveryResponse {
            fn from(value: super::DeliveryResponse) -> Self {
                Self {
                    balance: Ok(value.balance),
                    code: Ok(value.code),
                    message: Ok(value.message),
                    message_id: Ok(value.message_id),
                    pin_id: Ok(value.pin_id),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailTokenRequest {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
            code: ::std::result::Result<
                super::EmailTokenRequestCode,
                ::std::string::String,
            >,
            email_address: ::std::result::Result<
                super::EmailTokenRequestEmailAddress,
                ::std::string::String,
            >,
            email_configuration_id: ::std::result::Result<
                super::EmailTokenRequestEmailConfigurationId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailTokenRequest {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    email_address: Err(
                        "no value supplied for email_address".to_string(),
                    ),
                    email_configuration_id: Err(
                        "no value supplied for email_configuration_id".to_string(),
                    ),
                }
            }
        }
        impl EmailTokenRequest {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmailTokenRequestCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn email_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmailTokenRequestEmailAddress>,
                T::Error: ::std::fmt::Display,
            {
                self.email_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_address: {e}")
                    });
                self
            }
            pub fn email_configuration_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmailTokenRequestEmailConfigurationId>,
                T::Error: ::std::fmt::Display,
            {
                self.email_configuration_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_configuration_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailTokenRequest> for super::EmailTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    code: value.code?,
                    email_address: value.email_address?,
                    email_configuration_id: value.email_configuration_id?,
                })
            }
        }
        impl ::std::convert::From<super::EmailTokenRequest> for EmailTokenRequest {
            fn from(value: super::EmailTokenRequest) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    code: Ok(value.code),
                    email_address: Ok(value.email_address),
                    email_configuration_id: Ok(value.email_configuration_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            errors: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            msisdn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pin_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<super::Verified>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    errors: Ok(Default::default()),
                    message: Ok(Default::default()),
                    msisdn: Ok(Default::default()),
                    pin_id: Ok(Default::default()),
                    verified: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
            pub fn msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msisdn: {e}")
                    });
                self
            }
            pub fn pin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_id: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Verified>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
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
                    errors: value.errors?,
                    message: value.message?,
                    msisdn: value.msisdn?,
                    pin_id: value.pin_id?,
                    verified: value.verified?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    errors: Ok(value.errors),
                    message: Ok(value.message),
                    msisdn: Ok(value.msisdn),
                    pin_id: Ok(value.pin_id),
                    verified: Ok(value.verified),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HistoryResponse {
            data: ::std::result::Result<
                super::HistoryResponseData,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HistoryResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl HistoryResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::HistoryResponseData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HistoryResponse> for super::HistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::HistoryResponse> for HistoryResponse {
            fn from(value: super::HistoryResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HistoryResponseData {
            current_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::vec::Vec<super::HistoryRow>,
                ::std::string::String,
            >,
            per_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HistoryResponseData {
            fn default() -> Self {
                Self {
                    current_page: Ok(Default::default()),
                    data: Err("no value supplied for data".to_string()),
                    per_page: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl HistoryResponseData {
            pub fn current_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for current_page: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::HistoryRow>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn per_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.per_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for per_page: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HistoryResponseData>
        for super::HistoryResponseData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HistoryResponseData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_page: value.current_page?,
                    data: value.data?,
                    per_page: value.per_page?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::HistoryResponseData> for HistoryResponseData {
            fn from(value: super::HistoryResponseData) -> Self {
                Self {
                    current_page: Ok(value.current_page),
                    data: Ok(value.data),
                    per_page: Ok(value.per_page),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HistoryRow {
            amount: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notify_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            notify_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            receiver: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            reroute: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            send_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sms_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for HistoryRow {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    media_url: Ok(Default::default()),
                    message: Ok(Default::default()),
                    message_id: Ok(Default::default()),
                    notify_id: Ok(Default::default()),
                    notify_url: Ok(Default::default()),
                    receiver: Ok(Default::default()),
                    reroute: Ok(Default::default()),
                    send_by: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    sms_type: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl HistoryRow {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn media_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_url: {e}")
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
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn notify_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notify_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notify_id: {e}")
                    });
                self
            }
            pub fn notify_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notify_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notify_url: {e}")
                    });
                self
            }
            pub fn receiver<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.receiver = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receiver: {e}")
                    });
                self
            }
            pub fn reroute<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.reroute = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reroute: {e}")
                    });
                self
            }
            pub fn send_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.send_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for send_by: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn sms_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sms_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sms_type: {e}")
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
        }
        impl ::std::convert::TryFrom<HistoryRow> for super::HistoryRow {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HistoryRow,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    created_at: value.created_at?,
                    media_url: value.media_url?,
                    message: value.message?,
                    message_id: value.message_id?,
                    notify_id: value.notify_id?,
                    notify_url: value.notify_url?,
                    receiver: value.receiver?,
                    reroute: value.reroute?,
                    send_by: value.send_by?,
                    sender: value.sender?,
                    sms_type: value.sms_type?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::HistoryRow> for HistoryRow {
            fn from(value: super::HistoryRow) -> Self {
                Self {
                    amount: Ok(value.amount),
                    created_at: Ok(value.created_at),
                    media_url: Ok(value.media_url),
                    message: Ok(value.message),
                    message_id: Ok(value.message_id),
                    notify_id: Ok(value.notify_id),
                    notify_url: Ok(value.notify_url),
                    receiver: Ok(value.receiver),
                    reroute: Ok(value.reroute),
                    send_by: Ok(value.send_by),
                    sender: Ok(value.sender),
                    sms_type: Ok(value.sms_type),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InAppToken {
            otp: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number_other: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pin_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InAppToken {
            fn default() -> Self {
                Self {
                    otp: Err("no value supplied for otp".to_string()),
                    phone_number: Ok(Default::default()),
                    phone_number_other: Ok(Default::default()),
                    pin_id: Err("no value supplied for pin_id".to_string()),
                }
            }
        }
        impl InAppToken {
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn phone_number_other<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_other = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_other: {e}"
                        )
                    });
                self
            }
            pub fn pin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InAppToken> for super::InAppToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InAppToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    otp: value.otp?,
                    phone_number: value.phone_number?,
                    phone_number_other: value.phone_number_other?,
                    pin_id: value.pin_id?,
                })
            }
        }
        impl ::std::convert::From<super::InAppToken> for InAppToken {
            fn from(value: super::InAppToken) -> Self {
                Self {
                    otp: Ok(value.otp),
                    phone_number: Ok(value.phone_number),
                    phone_number_other: Ok(value.phone_number_other),
                    pin_id: Ok(value.pin_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InAppTokenRequest {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone_number: ::std::result::Result<
                super::InAppTokenRequestPhoneNumber,
                ::std::string::String,
            >,
            pin_attempts: ::std::result::Result<
                super::PinAttempts,
                ::std::string::String,
            >,
            pin_length: ::std::result::Result<super::PinLength, ::std::string::String>,
            pin_time_to_live: ::std::result::Result<
                super::PinTimeToLive,
                ::std::string::String,
            >,
            pin_type: ::std::result::Result<super::PinType, ::std::string::String>,
        }
        impl ::std::default::Default for InAppTokenRequest {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    pin_attempts: Err("no value supplied for pin_attempts".to_string()),
                    pin_length: Err("no value supplied for pin_length".to_string()),
                    pin_time_to_live: Err(
                        "no value supplied for pin_time_to_live".to_string(),
                    ),
                    pin_type: Err("no value supplied for pin_type".to_string()),
                }
            }
        }
        impl InAppTokenRequest {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InAppTokenRequestPhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn pin_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinAttempts>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_attempts: {e}")
                    });
                self
            }
            pub fn pin_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinLength>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_length: {e}")
                    });
                self
            }
            pub fn pin_time_to_live<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinTimeToLive>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_time_to_live = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pin_time_to_live: {e}"
                        )
                    });
                self
            }
            pub fn pin_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinType>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InAppTokenRequest> for super::InAppTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InAppTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    phone_number: value.phone_number?,
                    pin_attempts: value.pin_attempts?,
                    pin_length: value.pin_length?,
                    pin_time_to_live: value.pin_time_to_live?,
                    pin_type: value.pin_type?,
                })
            }
        }
        impl ::std::convert::From<super::InAppTokenRequest> for InAppTokenRequest {
            fn from(value: super::InAppTokenRequest) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    phone_number: Ok(value.phone_number),
                    pin_attempts: Ok(value.pin_attempts),
                    pin_length: Ok(value.pin_length),
                    pin_time_to_live: Ok(value.pin_time_to_live),
                    pin_type: Ok(value.pin_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InAppTokenResponse {
            data: ::std::result::Result<super::InAppToken, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InAppTokenResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl InAppTokenResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InAppToken>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
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
        impl ::std::convert::TryFrom<InAppTokenResponse> for super::InAppTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InAppTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::InAppTokenResponse> for InAppTokenResponse {
            fn from(value: super::InAppTokenResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendTokenRequest {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
            channel: ::std::result::Result<super::Channel, ::std::string::String>,
            from: ::std::result::Result<
                super::SendTokenRequestFrom,
                ::std::string::String,
            >,
            message_text: ::std::result::Result<
                super::SendTokenRequestMessageText,
                ::std::string::String,
            >,
            message_type: ::std::result::Result<
                ::std::option::Option<super::PinType>,
                ::std::string::String,
            >,
            pin_attempts: ::std::result::Result<
                super::PinAttempts,
                ::std::string::String,
            >,
            pin_length: ::std::result::Result<super::PinLength, ::std::string::String>,
            pin_placeholder: ::std::result::Result<
                super::SendTokenRequestPinPlaceholder,
                ::std::string::String,
            >,
            pin_time_to_live: ::std::result::Result<
                super::PinTimeToLive,
                ::std::string::String,
            >,
            pin_type: ::std::result::Result<
                ::std::option::Option<super::PinType>,
                ::std::string::String,
            >,
            to: ::std::result::Result<super::SendTokenRequestTo, ::std::string::String>,
        }
        impl ::std::default::Default for SendTokenRequest {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    channel: Err("no value supplied for channel".to_string()),
                    from: Err("no value supplied for from".to_string()),
                    message_text: Err("no value supplied for message_text".to_string()),
                    message_type: Ok(Default::default()),
                    pin_attempts: Err("no value supplied for pin_attempts".to_string()),
                    pin_length: Err("no value supplied for pin_length".to_string()),
                    pin_placeholder: Err(
                        "no value supplied for pin_placeholder".to_string(),
                    ),
                    pin_time_to_live: Err(
                        "no value supplied for pin_time_to_live".to_string(),
                    ),
                    pin_type: Ok(Default::default()),
                    to: Err("no value supplied for to".to_string()),
                }
            }
        }
        impl SendTokenRequest {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Channel>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendTokenRequestFrom>,
                T::Error: ::std::fmt::Display,
            {
                self.from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for from: {e}")
                    });
                self
            }
            pub fn message_text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendTokenRequestMessageText>,
                T::Error: ::std::fmt::Display,
            {
                self.message_text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_text: {e}")
                    });
                self
            }
            pub fn message_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PinType>>,
                T::Error: ::std::fmt::Display,
            {
                self.message_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_type: {e}")
                    });
                self
            }
            pub fn pin_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinAttempts>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_attempts: {e}")
                    });
                self
            }
            pub fn pin_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinLength>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_length: {e}")
                    });
                self
            }
            pub fn pin_placeholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendTokenRequestPinPlaceholder>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_placeholder = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pin_placeholder: {e}"
                        )
                    });
                self
            }
            pub fn pin_time_to_live<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinTimeToLive>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_time_to_live = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pin_time_to_live: {e}"
                        )
                    });
                self
            }
            pub fn pin_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PinType>>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_type: {e}")
                    });
                self
            }
            pub fn to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SendTokenRequestTo>,
                T::Error: ::std::fmt::Display,
            {
                self.to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for to: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<SendTokenRequest> for super::SendTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    channel: value.channel?,
                    from: value.from?,
                    message_text: value.message_text?,
                    message_type: value.message_type?,
                    pin_attempts: value.pin_attempts?,
                    pin_length: value.pin_length?,
                    pin_placeholder: value.pin_placeholder?,
                    pin_time_to_live: value.pin_time_to_live?,
                    pin_type: value.pin_type?,
                    to: value.to?,
                })
            }
        }
        impl ::std::convert::From<super::SendTokenRequest> for SendTokenRequest {
            fn from(value: super::SendTokenRequest) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    channel: Ok(value.channel),
                    from: Ok(value.from),
                    message_text: Ok(value.message_text),
                    message_type: Ok(value.message_type),
                    pin_attempts: Ok(value.pin_attempts),
                    pin_length: Ok(value.pin_length),
                    pin_placeholder: Ok(value.pin_placeholder),
                    pin_time_to_live: Ok(value.pin_time_to_live),
                    pin_type: Ok(value.pin_type),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendTokenResponse {
            pin_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            sms_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendTokenResponse {
            fn default() -> Self {
                Self {
                    pin_id: Err("no value supplied for pin_id".to_string()),
                    sms_status: Ok(Default::default()),
                    to: Ok(Default::default()),
                }
            }
        }
        impl SendTokenResponse {
            pub fn pin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_id: {e}")
                    });
                self
            }
            pub fn sms_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sms_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sms_status: {e}")
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
        }
        impl ::std::convert::TryFrom<SendTokenResponse> for super::SendTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pin_id: value.pin_id?,
                    sms_status: value.sms_status?,
                    to: value.to?,
                })
            }
        }
        impl ::std::convert::From<super::SendTokenResponse> for SendTokenResponse {
            fn from(value: super::SendTokenResponse) -> Self {
                Self {
                    pin_id: Ok(value.pin_id),
                    sms_status: Ok(value.sms_status),
                    to: Ok(value.to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyTokenRequest {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
            pin: ::std::result::Result<
                super::VerifyTokenRequestPin,
                ::std::string::String,
            >,
            pin_id: ::std::result::Result<
                super::VerifyTokenRequestPinId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerifyTokenRequest {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    pin: Err("no value supplied for pin".to_string()),
                    pin_id: Err("no value supplied for pin_id".to_string()),
                }
            }
        }
        impl VerifyTokenRequest {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn pin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyTokenRequestPin>,
                T::Error: ::std::fmt::Display,
            {
                self.pin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin: {e}")
                    });
                self
            }
            pub fn pin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VerifyTokenRequestPinId>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyTokenRequest> for super::VerifyTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    pin: value.pin?,
                    pin_id: value.pin_id?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyTokenRequest> for VerifyTokenRequest {
            fn from(value: super::VerifyTokenRequest) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    pin: Ok(value.pin),
                    pin_id: Ok(value.pin_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyTokenResponse {
            attempts_remaining: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            msisdn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pin_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<super::Verified, ::std::string::String>,
        }
        impl ::std::default::Default for VerifyTokenResponse {
            fn default() -> Self {
                Self {
                    attempts_remaining: Ok(Default::default()),
                    msisdn: Ok(Default::default()),
                    pin_id: Ok(Default::default()),
                    verified: Err("no value supplied for verified".to_string()),
                }
            }
        }
        impl VerifyTokenResponse {
            pub fn attempts_remaining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts_remaining = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for attempts_remaining: {e}"
                        )
                    });
                self
            }
            pub fn msisdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.msisdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msisdn: {e}")
                    });
                self
            }
            pub fn pin_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_id: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Verified>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyTokenResponse>
        for super::VerifyTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts_remaining: value.attempts_remaining?,
                    msisdn: value.msisdn?,
                    pin_id: value.pin_id?,
                    verified: value.verified?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyTokenResponse> for VerifyTokenResponse {
            fn from(value: super::VerifyTokenResponse) -> Self {
                Self {
                    attempts_remaining: Ok(value.attempts_remaining),
                    msisdn: Ok(value.msisdn),
                    pin_id: Ok(value.pin_id),
                    verified: Ok(value.verified),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VoiceCallRequest {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
            code: ::std::result::Result<i32, ::std::string::String>,
            phone_number: ::std::result::Result<
                super::VoiceCallRequestPhoneNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VoiceCallRequest {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    code: Err("no value supplied for code".to_string()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                }
            }
        }
        impl VoiceCallRequest {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VoiceCallRequestPhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VoiceCallRequest> for super::VoiceCallRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VoiceCallRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    code: value.code?,
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::VoiceCallRequest> for VoiceCallRequest {
            fn from(value: super::VoiceCallRequest) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    code: Ok(value.code),
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VoiceTokenRequest {
            api_key: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone_number: ::std::result::Result<
                super::VoiceTokenRequestPhoneNumber,
                ::std::string::String,
            >,
            pin_attempts: ::std::result::Result<
                super::PinAttempts,
                ::std::string::String,
            >,
            pin_length: ::std::result::Result<super::PinLength, ::std::string::String>,
            pin_time_to_live: ::std::result::Result<
                super::PinTimeToLive,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VoiceTokenRequest {
            fn default() -> Self {
                Self {
                    api_key: Err("no value supplied for api_key".to_string()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    pin_attempts: Err("no value supplied for pin_attempts".to_string()),
                    pin_length: Err("no value supplied for pin_length".to_string()),
                    pin_time_to_live: Err(
                        "no value supplied for pin_time_to_live".to_string(),
                    ),
                }
            }
        }
        impl VoiceTokenRequest {
            pub fn api_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_key: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VoiceTokenRequestPhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn pin_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinAttempts>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_attempts: {e}")
                    });
                self
            }
            pub fn pin_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinLength>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pin_length: {e}")
                    });
                self
            }
            pub fn pin_time_to_live<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PinTimeToLive>,
                T::Error: ::std::fmt::Display,
            {
                self.pin_time_to_live = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pin_time_to_live: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VoiceTokenRequest> for super::VoiceTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VoiceTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_key: value.api_key?,
                    phone_number: value.phone_number?,
                    pin_attempts: value.pin_attempts?,
                    pin_length: value.pin_length?,
                    pin_time_to_live: value.pin_time_to_live?,
                })
            }
        }
        impl ::std::convert::From<super::VoiceTokenRequest> for VoiceTokenRequest {
            fn from(value: super::VoiceTokenRequest) -> Self {
                Self {
                    api_key: Ok(value.api_key),
                    phone_number: Ok(value.phone_number),
                    pin_attempts: Ok(value.pin_attempts),
                    pin_length: Ok(value.pin_length),
                    pin_time_to_live: Ok(value.pin_time_to_live),
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
/**Client for Termii Token API

One-time passwords over SMS (dnd/generic routes), WhatsApp, voice and e-mail.
Authentication is the `api_key` field in every JSON body (Termii has no auth header).


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
    /**E-mail a caller-supplied code

Sends `code` to `email_address`; like make_voice_call, the code cannot be checked with verify_token.

Sends a `POST` request to `/api/email/otp/send`

```ignore
let response = client.send_email_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_email_token(&self) -> builder::SendEmailToken<'_> {
        builder::SendEmailToken::new(self)
    }
    /**The account's balance

The wallet's balance and its currency (specs/NOTES-delivery.md 1.3; Termii's balance page). The key is a query parameter here, since a GET has no body.

Sends a `GET` request to `/api/get-balance`

Arguments:
- `api_key`: The account's API key.
```ignore
let response = client.get_balance()
    .api_key(api_key)
    .send()
    .await;
```*/
    pub fn get_balance(&self) -> builder::GetBalance<'_> {
        builder::GetBalance::new(self)
    }
    /**The account's message history, or one message

Each message sent, with its delivery status (specs/NOTES-delivery.md 1.2); `message_id` selects one. Termii's pages show a bare array, while its clients and their fixtures read a paginated object (`data.data`): the object is modelled, since otpkit never reads an answer that is not a JSON object. Rows echo the message text (the code) and, in some answers, the API key: never log one.

Sends a `GET` request to `/api/sms/inbox`

Arguments:
- `api_key`: The account's API key.
- `message_id`: Only the message with this id (as a voice or e-mail send answered it).
```ignore
let response = client.message_history()
    .api_key(api_key)
    .message_id(message_id)
    .send()
    .await;
```*/
    pub fn message_history(&self) -> builder::MessageHistory<'_> {
        builder::MessageHistory::new(self)
    }
    /**Read a caller-supplied code out in a voice call

Calls `phone_number` and reads out `code`. The code is yours: it "can not be verified
using our Verify Token API", although the response carries a `pinId`.


Sends a `POST` request to `/api/sms/otp/call`

```ignore
let response = client.make_voice_call()
    .body(body)
    .send()
    .await;
```*/
    pub fn make_voice_call(&self) -> builder::MakeVoiceCall<'_> {
        builder::MakeVoiceCall::new(self)
    }
    /**Generate an in-app token

Generates a PIN and returns it in the response instead of sending it.

Sends a `POST` request to `/api/sms/otp/generate`

```ignore
let response = client.generate_in_app_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn generate_in_app_token(&self) -> builder::GenerateInAppToken<'_> {
        builder::GenerateInAppToken::new(self)
    }
    /**Send a token

Generates a PIN, substitutes it for `pin_placeholder` in `message_text` and sends it.

Sends a `POST` request to `/api/sms/otp/send`

```ignore
let response = client.send_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_token(&self) -> builder::SendToken<'_> {
        builder::SendToken::new(self)
    }
    /**Send a voice token

Termii generates a PIN and reads it out in a call; verify it with verify_token.

Sends a `POST` request to `/api/sms/otp/send/voice`

```ignore
let response = client.send_voice_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_voice_token(&self) -> builder::SendVoiceToken<'_> {
        builder::SendVoiceToken::new(self)
    }
    /**Verify a token

Checks a PIN against the `pinId` returned by send_token, generate_in_app_token or send_voice_token.

Sends a `POST` request to `/api/sms/otp/verify`

```ignore
let response = client.verify_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn verify_token(&self) -> builder::VerifyToken<'_> {
        builder::VerifyToken::new(self)
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
    /**Builder for [`Client::send_email_token`]

[`Client::send_email_token`]: super::Client::send_email_token*/
    #[derive(Debug, Clone)]
    pub struct SendEmailToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailTokenRequest, String>,
    }
    impl<'a> SendEmailToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailTokenRequest>,
            <V as std::convert::TryInto<
                types::EmailTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `EmailTokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailTokenRequest,
            ) -> types::builder::EmailTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/email/otp/send`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailTokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/email/otp/send", client.baseurl,);
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
                operation_id: "send_email_token",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
    /**Builder for [`Client::get_balance`]

[`Client::get_balance`]: super::Client::get_balance*/
    #[derive(Debug, Clone)]
    pub struct GetBalance<'a> {
        client: &'a super::Client,
        api_key: Result<types::GetBalanceApiKey, String>,
    }
    impl<'a> GetBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_key: Err("api_key was not initialized".to_string()),
            }
        }
        pub fn api_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetBalanceApiKey>,
        {
            self.api_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetBalanceApiKey` for api_key failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/get-balance`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BalanceResponse>, Error<types::Error>> {
            let Self { client, api_key } = self;
            let api_key = api_key.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/get-balance", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("api_key", &api_key))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_balance",
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
    /**Builder for [`Client::message_history`]

[`Client::message_history`]: super::Client::message_history*/
    #[derive(Debug, Clone)]
    pub struct MessageHistory<'a> {
        client: &'a super::Client,
        api_key: Result<types::MessageHistoryApiKey, String>,
        message_id: Result<Option<types::MessageHistoryMessageId>, String>,
    }
    impl<'a> MessageHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_key: Err("api_key was not initialized".to_string()),
                message_id: Ok(None),
            }
        }
        pub fn api_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MessageHistoryApiKey>,
        {
            self.api_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `MessageHistoryApiKey` for api_key failed".to_string()
                });
            self
        }
        pub fn message_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MessageHistoryMessageId>,
        {
            self.message_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `MessageHistoryMessageId` for message_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/sms/inbox`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::HistoryResponse>, Error<types::Error>> {
            let Self { client, api_key, message_id } = self;
            let api_key = api_key.map_err(Error::InvalidRequest)?;
            let message_id = message_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/sms/inbox", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("api_key", &api_key))
                .query(&progenitor_client::QueryParam::new("message_id", &message_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "message_history",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
    /**Builder for [`Client::make_voice_call`]

[`Client::make_voice_call`]: super::Client::make_voice_call*/
    #[derive(Debug, Clone)]
    pub struct MakeVoiceCall<'a> {
        client: &'a super::Client,
        body: Result<types::builder::VoiceCallRequest, String>,
    }
    impl<'a> MakeVoiceCall<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VoiceCallRequest>,
            <V as std::convert::TryInto<
                types::VoiceCallRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `VoiceCallRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VoiceCallRequest,
            ) -> types::builder::VoiceCallRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/sms/otp/call`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::VoiceCallRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/sms/otp/call", client.baseurl,);
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
                operation_id: "make_voice_call",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
    /**Builder for [`Client::generate_in_app_token`]

[`Client::generate_in_app_token`]: super::Client::generate_in_app_token*/
    #[derive(Debug, Clone)]
    pub struct GenerateInAppToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InAppTokenRequest, String>,
    }
    impl<'a> GenerateInAppToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InAppTokenRequest>,
            <V as std::convert::TryInto<
                types::InAppTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InAppTokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InAppTokenRequest,
            ) -> types::builder::InAppTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/sms/otp/generate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InAppTokenResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InAppTokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/sms/otp/generate", client.baseurl,);
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
                operation_id: "generate_in_app_token",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
    /**Builder for [`Client::send_token`]

[`Client::send_token`]: super::Client::send_token*/
    #[derive(Debug, Clone)]
    pub struct SendToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SendTokenRequest, String>,
    }
    impl<'a> SendToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendTokenRequest>,
            <V as std::convert::TryInto<
                types::SendTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SendTokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendTokenRequest,
            ) -> types::builder::SendTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/sms/otp/send`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SendTokenResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SendTokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/sms/otp/send", client.baseurl,);
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
                operation_id: "send_token",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
    /**Builder for [`Client::send_voice_token`]

[`Client::send_voice_token`]: super::Client::send_voice_token*/
    #[derive(Debug, Clone)]
    pub struct SendVoiceToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::VoiceTokenRequest, String>,
    }
    impl<'a> SendVoiceToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VoiceTokenRequest>,
            <V as std::convert::TryInto<
                types::VoiceTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `VoiceTokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VoiceTokenRequest,
            ) -> types::builder::VoiceTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/sms/otp/send/voice`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeliveryResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::VoiceTokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/sms/otp/send/voice", client.baseurl,);
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
                operation_id: "send_voice_token",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
    /**Builder for [`Client::verify_token`]

[`Client::verify_token`]: super::Client::verify_token*/
    #[derive(Debug, Clone)]
    pub struct VerifyToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::VerifyTokenRequest, String>,
    }
    impl<'a> VerifyToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerifyTokenRequest>,
            <V as std::convert::TryInto<
                types::VerifyTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `VerifyTokenRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VerifyTokenRequest,
            ) -> types::builder::VerifyTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/sms/otp/verify`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::VerifyTokenResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::VerifyTokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/sms/otp/verify", client.baseurl,);
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
                operation_id: "verify_token",
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
                403u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                404u16 => {
                    Err(Error::ErrorResponse(otpkit_http::json_answer(response).await?))
                }
                422u16 => {
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
