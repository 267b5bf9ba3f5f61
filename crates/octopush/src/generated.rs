// generated from specs/octopush.yaml by `cargo xtask generate`; do not edit.
// progenitor 0.15.1, builder interface; needs: progenitor-client, reqwest, serde, serde_json, schemars, otpkit-http, regress.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Delivery channel; the account default when absent.
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
        #[serde(rename = "sms")]
        Sms,
        #[serde(rename = "text_sms")]
        TextSms,
        #[serde(rename = "voice_sms")]
        VoiceSms,
        #[serde(rename = "whatsapp")]
        Whatsapp,
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "imessage")]
        Imessage,
    }
    impl ::std::fmt::Display for Channel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Sms => f.write_str("sms"),
                Self::TextSms => f.write_str("text_sms"),
                Self::VoiceSms => f.write_str("voice_sms"),
                Self::Whatsapp => f.write_str("whatsapp"),
                Self::Email => f.write_str("email"),
                Self::Imessage => f.write_str("imessage"),
            }
        }
    }
    impl ::std::str::FromStr for Channel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "sms" => Ok(Self::Sms),
                "text_sms" => Ok(Self::TextSms),
                "voice_sms" => Ok(Self::VoiceSms),
                "whatsapp" => Ok(Self::Whatsapp),
                "email" => Ok(Self::Email),
                "imessage" => Ok(Self::Imessage),
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
    ///`CheckBalanceResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CheckBalanceResponse {
        ///What the wallet holds, in `unit`.
        pub amount: f64,
        ///`euros`, or a product's name when filtered by one.
        pub unit: ::std::string::String,
    }
    impl CheckBalanceResponse {
        pub fn builder() -> builder::CheckBalanceResponse {
            Default::default()
        }
    }
    ///What Octopush posts to the account's `callback_url_for_deliveries` for each message (specs/NOTES-delivery.md 4.1): unsigned, so otpkit authenticates it by a secret token in that URL. The page titles the fields "query fields" yet decodes a JSON body: JSON, form and query fields are all accepted. `status` is text, not an enum (`ACK`, `DELIVERED`, `NOT_DELIVERED`, `NOT_ALLOWED`, `UNKNOWN_DELIVERY`, `BAD_DESTINATION`, `BLACKLISTED_NUMBER`, `UNDEFINED`, and more per channel); the facade maps it and keeps the text.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DeliveryReportEvent {
        ///`sms`, `voice_sms`, `email`, `whatsapp`, ...
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<::std::string::String>,
        ///When the status was reached, `Y-m-d H:i:s` with no zone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_date: ::std::option::Option<::std::string::String>,
        ///The ticket of the original message: an OTP send's `ticket_number`.
        pub message_id: ::std::string::String,
        ///The destination, E.164 with `+`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub number: ::std::option::Option<::std::string::String>,
        ///The delivery status.
        pub status: ::std::string::String,
        ///What the message cost, in the account's currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unit_price: ::std::option::Option<f64>,
    }
    impl DeliveryReportEvent {
        pub fn builder() -> builder::DeliveryReportEvent {
            Default::default()
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
        ///194-199 from validate_otp; see the API description.
        pub code: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///With code 199.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remaining_number_of_attempts: ::std::option::Option<i64>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///Every field but `phone_number` is optional; Octopush then uses the account's default.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GenerateOtpRequest {
        ///Digits in the code (default true).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_digits: ::std::option::Option<bool>,
        ///Lower-case letters in the code (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_lower_case: ::std::option::Option<bool>,
        ///Specials are ! # $ % & ? @ (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_special_chars: ::std::option::Option<bool>,
        ///Upper-case letters in the code (default false).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_upper_case: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub channel: ::std::option::Option<Channel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code_length: ::std::option::Option<i32>,
        ///Wrong codes accepted before the request is locked (code 196).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_wrong_attempts: ::std::option::Option<::std::num::NonZeroU32>,
        ///Recipient in international format, e.g. "+33611223344".
        pub phone_number: GenerateOtpRequestPhoneNumber,
        ///If set, validation must come from this IP.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recipient_ip: ::std::option::Option<GenerateOtpRequestRecipientIp>,
        ///Drop look-alike characters such as 0/O and 1/l.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remove_confusing_characters: ::std::option::Option<bool>,
        ///Sender, 3 to 11 characters a-z, A-Z, 0-9 (if the account allows it).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<GenerateOtpRequestSender>,
        ///Message; `{code}` is replaced by the code and `{hh:mm:ss}` by its expiry. Leave it out to send only the code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<GenerateOtpRequestText>,
        ///Seconds the code stays valid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub validity_period: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_gender: ::std::option::Option<GenerateOtpRequestVoiceGender>,
        ///Language of a voice_sms call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub voice_language: ::std::option::Option<GenerateOtpRequestVoiceLanguage>,
    }
    impl GenerateOtpRequest {
        pub fn builder() -> builder::GenerateOtpRequest {
            Default::default()
        }
    }
    ///Recipient in international format, e.g. "+33611223344".
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
    pub struct GenerateOtpRequestPhoneNumber(::std::string::String);
    impl ::std::ops::Deref for GenerateOtpRequestPhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GenerateOtpRequestPhoneNumber> for ::std::string::String {
        fn from(value: GenerateOtpRequestPhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GenerateOtpRequestPhoneNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^\\+[1-9][0-9]{6,14}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^\\+[1-9][0-9]{6,14}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateOtpRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GenerateOtpRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GenerateOtpRequestPhoneNumber {
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
    ///If set, validation must come from this IP.
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
    pub struct GenerateOtpRequestRecipientIp(::std::string::String);
    impl ::std::ops::Deref for GenerateOtpRequestRecipientIp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GenerateOtpRequestRecipientIp> for ::std::string::String {
        fn from(value: GenerateOtpRequestRecipientIp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GenerateOtpRequestRecipientIp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateOtpRequestRecipientIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GenerateOtpRequestRecipientIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GenerateOtpRequestRecipientIp {
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
    ///Sender, 3 to 11 characters a-z, A-Z, 0-9 (if the account allows it).
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
    pub struct GenerateOtpRequestSender(::std::string::String);
    impl ::std::ops::Deref for GenerateOtpRequestSender {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GenerateOtpRequestSender> for ::std::string::String {
        fn from(value: GenerateOtpRequestSender) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GenerateOtpRequestSender {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[a-zA-Z0-9]{3,11}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[a-zA-Z0-9]{3,11}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateOtpRequestSender {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GenerateOtpRequestSender {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GenerateOtpRequestSender {
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
    ///Message; `{code}` is replaced by the code and `{hh:mm:ss}` by its expiry. Leave it out to send only the code.
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
    pub struct GenerateOtpRequestText(::std::string::String);
    impl ::std::ops::Deref for GenerateOtpRequestText {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GenerateOtpRequestText> for ::std::string::String {
        fn from(value: GenerateOtpRequestText) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GenerateOtpRequestText {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 1224usize {
                return Err("longer than 1224 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateOtpRequestText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GenerateOtpRequestText {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GenerateOtpRequestText {
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
    ///`GenerateOtpRequestVoiceGender`
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
    pub enum GenerateOtpRequestVoiceGender {
        #[serde(rename = "male")]
        Male,
        #[serde(rename = "female")]
        Female,
    }
    impl ::std::fmt::Display for GenerateOtpRequestVoiceGender {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Male => f.write_str("male"),
                Self::Female => f.write_str("female"),
            }
        }
    }
    impl ::std::str::FromStr for GenerateOtpRequestVoiceGender {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "male" => Ok(Self::Male),
                "female" => Ok(Self::Female),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateOtpRequestVoiceGender {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GenerateOtpRequestVoiceGender {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Language of a voice_sms call.
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
    pub enum GenerateOtpRequestVoiceLanguage {
        #[serde(rename = "en-US")]
        EnUs,
        #[serde(rename = "en-GB")]
        EnGb,
        #[serde(rename = "el-GR")]
        ElGr,
        #[serde(rename = "pl-PL")]
        PlPl,
        #[serde(rename = "hu-HU")]
        HuHu,
        #[serde(rename = "sv-SE")]
        SvSe,
        #[serde(rename = "de-DE")]
        DeDe,
        #[serde(rename = "es-ES")]
        EsEs,
        #[serde(rename = "es-LA")]
        EsLa,
        #[serde(rename = "fr-FR")]
        FrFr,
        #[serde(rename = "it-IT")]
        ItIt,
        #[serde(rename = "pt-BR")]
        PtBr,
        #[serde(rename = "ru-RU")]
        RuRu,
    }
    impl ::std::fmt::Display for GenerateOtpRequestVoiceLanguage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EnUs => f.write_str("en-US"),
                Self::EnGb => f.write_str("en-GB"),
                Self::ElGr => f.write_str("el-GR"),
                Self::PlPl => f.write_str("pl-PL"),
                Self::HuHu => f.write_str("hu-HU"),
                Self::SvSe => f.write_str("sv-SE"),
                Self::DeDe => f.write_str("de-DE"),
                Self::EsEs => f.write_str("es-ES"),
                Self::EsLa => f.write_str("es-LA"),
                Self::FrFr => f.write_str("fr-FR"),
                Self::ItIt => f.write_str("it-IT"),
                Self::PtBr => f.write_str("pt-BR"),
                Self::RuRu => f.write_str("ru-RU"),
            }
        }
    }
    impl ::std::str::FromStr for GenerateOtpRequestVoiceLanguage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "en-US" => Ok(Self::EnUs),
                "en-GB" => Ok(Self::EnGb),
                "el-GR" => Ok(Self::ElGr),
                "pl-PL" => Ok(Self::PlPl),
                "hu-HU" => Ok(Self::HuHu),
                "sv-SE" => Ok(Self::SvSe),
                "de-DE" => Ok(Self::DeDe),
                "es-ES" => Ok(Self::EsEs),
                "es-LA" => Ok(Self::EsLa),
                "fr-FR" => Ok(Self::FrFr),
                "it-IT" => Ok(Self::ItIt),
                "pt-BR" => Ok(Self::PtBr),
                "ru-RU" => Ok(Self::RuRu),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateOtpRequestVoiceLanguage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GenerateOtpRequestVoiceLanguage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GenerateOtpResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GenerateOtpResponse {
        ///0 on success.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Pass to validate_otp.
        pub otp_request_token: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ticket_number: ::std::option::Option<::std::string::String>,
    }
    impl GenerateOtpResponse {
        pub fn builder() -> builder::GenerateOtpResponse {
            Default::default()
        }
    }
    ///Give `otp_request_token`, or `phone_number` to check the last code sent to it (code 194 when both are missing).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ValidateOtpRequest {
        ///The code the person typed.
        pub code: ValidateOtpRequestCode,
        ///From generate_otp; needed when `phone_number` is absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub otp_request_token: ::std::option::Option<ValidateOtpRequestOtpRequestToken>,
        ///Recipient in international format; needed when `otp_request_token` is absent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<ValidateOtpRequestPhoneNumber>,
    }
    impl ValidateOtpRequest {
        pub fn builder() -> builder::ValidateOtpRequest {
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
    pub struct ValidateOtpRequestCode(::std::string::String);
    impl ::std::ops::Deref for ValidateOtpRequestCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateOtpRequestCode> for ::std::string::String {
        fn from(value: ValidateOtpRequestCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateOtpRequestCode {
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
    impl ::std::convert::TryFrom<&str> for ValidateOtpRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ValidateOtpRequestCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidateOtpRequestCode {
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
    ///From generate_otp; needed when `phone_number` is absent.
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
    pub struct ValidateOtpRequestOtpRequestToken(::std::string::String);
    impl ::std::ops::Deref for ValidateOtpRequestOtpRequestToken {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateOtpRequestOtpRequestToken>
    for ::std::string::String {
        fn from(value: ValidateOtpRequestOtpRequestToken) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateOtpRequestOtpRequestToken {
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
    impl ::std::convert::TryFrom<&str> for ValidateOtpRequestOtpRequestToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ValidateOtpRequestOtpRequestToken {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidateOtpRequestOtpRequestToken {
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
    ///Recipient in international format; needed when `otp_request_token` is absent.
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
    pub struct ValidateOtpRequestPhoneNumber(::std::string::String);
    impl ::std::ops::Deref for ValidateOtpRequestPhoneNumber {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ValidateOtpRequestPhoneNumber> for ::std::string::String {
        fn from(value: ValidateOtpRequestPhoneNumber) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ValidateOtpRequestPhoneNumber {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^\\+[1-9][0-9]{6,14}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^\\+[1-9][0-9]{6,14}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ValidateOtpRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ValidateOtpRequestPhoneNumber {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ValidateOtpRequestPhoneNumber {
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
    ///`ValidateOtpResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ValidateOtpResponse {
        ///0 when the code is right.
        pub code: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ValidateOtpResponse {
        pub fn builder() -> builder::ValidateOtpResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CheckBalanceResponse {
            amount: ::std::result::Result<f64, ::std::string::String>,
            unit: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CheckBalanceResponse {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    unit: Err("no value supplied for unit".to_string()),
                }
            }
        }
        impl CheckBalanceResponse {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn unit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.unit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckBalanceResponse>
        for super::CheckBalanceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckBalanceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    unit: value.unit?,
                })
            }
        }
        impl ::std::convert::From<super::CheckBalanceResponse> for CheckBalanceResponse {
            fn from(value: super::CheckBalanceResponse) -> Self {
                Self {
                    amount: Ok(value.amount),
                    unit: Ok(value.unit),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryReportEvent {
            channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            delivery_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            unit_price: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryReportEvent {
            fn default() -> Self {
                Self {
                    channel: Ok(Default::default()),
                    delivery_date: Ok(Default::default()),
                    message_id: Err("no value supplied for message_id".to_string()),
                    number: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    unit_price: Ok(Default::default()),
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
            pub fn delivery_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery_date: {e}")
                    });
                self
            }
            pub fn message_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message_id: {e}")
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
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
            pub fn unit_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.unit_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unit_price: {e}")
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
                    delivery_date: value.delivery_date?,
                    message_id: value.message_id?,
                    number: value.number?,
                    status: value.status?,
                    unit_price: value.unit_price?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryReportEvent> for DeliveryReportEvent {
            fn from(value: super::DeliveryReportEvent) -> Self {
                Self {
                    channel: Ok(value.channel),
                    delivery_date: Ok(value.delivery_date),
                    message_id: Ok(value.message_id),
                    number: Ok(value.number),
                    status: Ok(value.status),
                    unit_price: Ok(value.unit_price),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<i64, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remaining_number_of_attempts: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Ok(Default::default()),
                    remaining_number_of_attempts: Ok(Default::default()),
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
            pub fn remaining_number_of_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining_number_of_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remaining_number_of_attempts: {e}"
                        )
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
                    message: value.message?,
                    remaining_number_of_attempts: value.remaining_number_of_attempts?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    remaining_number_of_attempts: Ok(value.remaining_number_of_attempts),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenerateOtpRequest {
            allow_digits: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_lower_case: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_special_chars: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allow_upper_case: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            channel: ::std::result::Result<
                ::std::option::Option<super::Channel>,
                ::std::string::String,
            >,
            code_length: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            max_wrong_attempts: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU32>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                super::GenerateOtpRequestPhoneNumber,
                ::std::string::String,
            >,
            recipient_ip: ::std::result::Result<
                ::std::option::Option<super::GenerateOtpRequestRecipientIp>,
                ::std::string::String,
            >,
            remove_confusing_characters: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<super::GenerateOtpRequestSender>,
                ::std::string::String,
            >,
            text: ::std::result::Result<
                ::std::option::Option<super::GenerateOtpRequestText>,
                ::std::string::String,
            >,
            validity_period: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            voice_gender: ::std::result::Result<
                ::std::option::Option<super::GenerateOtpRequestVoiceGender>,
                ::std::string::String,
            >,
            voice_language: ::std::result::Result<
                ::std::option::Option<super::GenerateOtpRequestVoiceLanguage>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GenerateOtpRequest {
            fn default() -> Self {
                Self {
                    allow_digits: Ok(Default::default()),
                    allow_lower_case: Ok(Default::default()),
                    allow_special_chars: Ok(Default::default()),
                    allow_upper_case: Ok(Default::default()),
                    channel: Ok(Default::default()),
                    code_length: Ok(Default::default()),
                    max_wrong_attempts: Ok(Default::default()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    recipient_ip: Ok(Default::default()),
                    remove_confusing_characters: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    text: Ok(Default::default()),
                    validity_period: Ok(Default::default()),
                    voice_gender: Ok(Default::default()),
                    voice_language: Ok(Default::default()),
                }
            }
        }
        impl GenerateOtpRequest {
            pub fn allow_digits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_digits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allow_digits: {e}")
                    });
                self
            }
            pub fn allow_lower_case<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_lower_case = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_lower_case: {e}"
                        )
                    });
                self
            }
            pub fn allow_special_chars<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_special_chars = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_special_chars: {e}"
                        )
                    });
                self
            }
            pub fn allow_upper_case<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_upper_case = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_upper_case: {e}"
                        )
                    });
                self
            }
            pub fn channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Channel>>,
                T::Error: ::std::fmt::Display,
            {
                self.channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for channel: {e}")
                    });
                self
            }
            pub fn code_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.code_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code_length: {e}")
                    });
                self
            }
            pub fn max_wrong_attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU32>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.max_wrong_attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_wrong_attempts: {e}"
                        )
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GenerateOtpRequestPhoneNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn recipient_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenerateOtpRequestRecipientIp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.recipient_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recipient_ip: {e}")
                    });
                self
            }
            pub fn remove_confusing_characters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.remove_confusing_characters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remove_confusing_characters: {e}"
                        )
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenerateOtpRequestSender>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn text<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenerateOtpRequestText>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.text = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text: {e}")
                    });
                self
            }
            pub fn validity_period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.validity_period = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for validity_period: {e}"
                        )
                    });
                self
            }
            pub fn voice_gender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenerateOtpRequestVoiceGender>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.voice_gender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for voice_gender: {e}")
                    });
                self
            }
            pub fn voice_language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GenerateOtpRequestVoiceLanguage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.voice_language = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for voice_language: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenerateOtpRequest> for super::GenerateOtpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenerateOtpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_digits: value.allow_digits?,
                    allow_lower_case: value.allow_lower_case?,
                    allow_special_chars: value.allow_special_chars?,
                    allow_upper_case: value.allow_upper_case?,
                    channel: value.channel?,
                    code_length: value.code_length?,
                    max_wrong_attempts: value.max_wrong_attempts?,
                    phone_number: value.phone_number?,
                    recipient_ip: value.recipient_ip?,
                    remove_confusing_characters: value.remove_confusing_characters?,
                    sender: value.sender?,
                    text: value.text?,
                    validity_period: value.validity_period?,
                    voice_gender: value.voice_gender?,
                    voice_language: value.voice_language?,
                })
            }
        }
        impl ::std::convert::From<super::GenerateOtpRequest> for GenerateOtpRequest {
            fn from(value: super::GenerateOtpRequest) -> Self {
                Self {
                    allow_digits: Ok(value.allow_digits),
                    allow_lower_case: Ok(value.allow_lower_case),
                    allow_special_chars: Ok(value.allow_special_chars),
                    allow_upper_case: Ok(value.allow_upper_case),
                    channel: Ok(value.channel),
                    code_length: Ok(value.code_length),
                    max_wrong_attempts: Ok(value.max_wrong_attempts),
                    phone_number: Ok(value.phone_number),
                    recipient_ip: Ok(value.recipient_ip),
                    remove_confusing_characters: Ok(value.remove_confusing_characters),
                    sender: Ok(value.sender),
                    text: Ok(value.text),
                    validity_period: Ok(value.validity_period),
                    voice_gender: Ok(value.voice_gender),
                    voice_language: Ok(value.voice_language),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GenerateOtpResponse {
            code: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            otp_request_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ticket_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GenerateOtpResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    otp_request_token: Err(
                        "no value supplied for otp_request_token".to_string(),
                    ),
                    ticket_number: Ok(Default::default()),
                }
            }
        }
        impl GenerateOtpResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
            pub fn otp_request_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.otp_request_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for otp_request_token: {e}"
                        )
                    });
                self
            }
            pub fn ticket_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ticket_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ticket_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GenerateOtpResponse>
        for super::GenerateOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GenerateOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    otp_request_token: value.otp_request_token?,
                    ticket_number: value.ticket_number?,
                })
            }
        }
        impl ::std::convert::From<super::GenerateOtpResponse> for GenerateOtpResponse {
            fn from(value: super::GenerateOtpResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    otp_request_token: Ok(value.otp_request_token),
                    ticket_number: Ok(value.ticket_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidateOtpRequest {
            code: ::std::result::Result<
                super::ValidateOtpRequestCode,
                ::std::string::String,
            >,
            otp_request_token: ::std::result::Result<
                ::std::option::Option<super::ValidateOtpRequestOtpRequestToken>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<super::ValidateOtpRequestPhoneNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidateOtpRequest {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    otp_request_token: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                }
            }
        }
        impl ValidateOtpRequest {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ValidateOtpRequestCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn otp_request_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ValidateOtpRequestOtpRequestToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.otp_request_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for otp_request_token: {e}"
                        )
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ValidateOtpRequestPhoneNumber>,
                >,
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
        impl ::std::convert::TryFrom<ValidateOtpRequest> for super::ValidateOtpRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidateOtpRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    otp_request_token: value.otp_request_token?,
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::ValidateOtpRequest> for ValidateOtpRequest {
            fn from(value: super::ValidateOtpRequest) -> Self {
                Self {
                    code: Ok(value.code),
                    otp_request_token: Ok(value.otp_request_token),
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidateOtpResponse {
            code: ::std::result::Result<i64, ::std::string::String>,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidateOtpResponse {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ValidateOtpResponse {
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
        }
        impl ::std::convert::TryFrom<ValidateOtpResponse>
        for super::ValidateOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidateOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ValidateOtpResponse> for ValidateOtpResponse {
            fn from(value: super::ValidateOtpResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
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
/**Client for Octopush OTP API

Octopush generates the code, sends it (SMS, voice, WhatsApp, e-mail, iMessage) and checks
it. Every request needs two headers: `api-login` (the account e-mail) and `api-key`.
Outcomes of validation are the body `code`: 0 success; 194 phone number or request token
missing; 195 code missing; 196 too many wrong attempts; 197 request expired; 198 request
not found; 199 wrong code (with `remaining_number_of_attempts`).


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
    /**Generate and send a code

Sends a `POST` request to `/service/otp/generate`

```ignore
let response = client.generate_otp()
    .body(body)
    .send()
    .await;
```*/
    pub fn generate_otp(&self) -> builder::GenerateOtp<'_> {
        builder::GenerateOtp::new(self)
    }
    /**Check a code

Sends a `PUT` request to `/service/otp/validate`

```ignore
let response = client.validate_otp()
    .body(body)
    .send()
    .await;
```*/
    pub fn validate_otp(&self) -> builder::ValidateOtp<'_> {
        builder::ValidateOtp::new(self)
    }
    /**The wallet's balance

Sends a `GET` request to `/wallet/check-balance`

```ignore
let response = client.check_balance()
    .send()
    .await;
```*/
    pub fn check_balance(&self) -> builder::CheckBalance<'_> {
        builder::CheckBalance::new(self)
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
    /**Builder for [`Client::generate_otp`]

[`Client::generate_otp`]: super::Client::generate_otp*/
    #[derive(Debug, Clone)]
    pub struct GenerateOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::GenerateOtpRequest, String>,
    }
    impl<'a> GenerateOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GenerateOtpRequest>,
            <V as std::convert::TryInto<
                types::GenerateOtpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `GenerateOtpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GenerateOtpRequest,
            ) -> types::builder::GenerateOtpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/service/otp/generate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GenerateOtpResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::GenerateOtpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/service/otp/generate", client.baseurl,);
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
                operation_id: "generate_otp",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::validate_otp`]

[`Client::validate_otp`]: super::Client::validate_otp*/
    #[derive(Debug, Clone)]
    pub struct ValidateOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ValidateOtpRequest, String>,
    }
    impl<'a> ValidateOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ValidateOtpRequest>,
            <V as std::convert::TryInto<
                types::ValidateOtpRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ValidateOtpRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ValidateOtpRequest,
            ) -> types::builder::ValidateOtpRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/service/otp/validate`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ValidateOtpResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ValidateOtpRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/service/otp/validate", client.baseurl,);
            let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "validate_otp",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::check_balance`]

[`Client::check_balance`]: super::Client::check_balance*/
    #[derive(Debug, Clone)]
    pub struct CheckBalance<'a> {
        client: &'a super::Client,
    }
    impl<'a> CheckBalance<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/wallet/check-balance`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CheckBalanceResponse>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/wallet/check-balance", client.baseurl,);
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
                operation_id: "check_balance",
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
