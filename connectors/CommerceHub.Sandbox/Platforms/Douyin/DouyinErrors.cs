namespace CommerceHub.Sandbox.Platforms.Douyin;

internal sealed record DouyinError(int Code, string Msg, string SubCode, string SubMsg);

/// <summary>
/// Douyin's platform codes with their sub codes, as SDK error tables list them [S]. Which code the sandbox picks for
/// parameter errors, unknown SKUs and orders, and the call limit's sub code are guesses (see <see cref="DouyinAssumptions"/>).
/// </summary>
internal static class DouyinErrors
{
    public static readonly DouyinError Server = new(20000, "服务不可用", "dop.service-error", "内部错误，请反馈客服或答疑群");
    public static readonly DouyinError AuthorizationGone = new(30001, "操作权限不足", "dop.authorization-no-existed", "店铺授权已失效，请重新授权");
    public static readonly DouyinError SignMissing = new(40001, "缺少必选参数（平台校验）", "isv.signature-missing", "获取签名失败，请根据文档确保参数拼装正确");
    public static readonly DouyinError AppKeyMissing = new(40001, "缺少必选参数（平台校验）", "isv.app-id-missing", "认证失败，app_key不存在");
    public static readonly DouyinError TokenMissing = new(40001, "缺少必选参数（平台校验）", "isv.access-token-missing", "认证失败，access_token不能为空");
    public static readonly DouyinError BadJson = new(40003, "非法的参数（平台校验）", "isv.parameter-format-invalid", "业务参数json解析失败");
    public static readonly DouyinError BadSign = new(40003, "非法的参数（平台校验）", "isv.signature-invalid", "签名校验失败");
    public static readonly DouyinError TokenExpired = new(40003, "非法的参数（平台校验）", "isv.access-token-expired", "access_token已过期");
    public static readonly DouyinError TokenUnknown = new(40003, "非法的参数（平台校验）", "isv.access-token-no-existed", "access_token不存在，请使用最新的access_token访问");
    public static readonly DouyinError TokenOtherApp = new(40003, "非法的参数（平台校验）", "isv.access-token-invalid", "app_key和access_token不匹配，请仔细检查");
    public static readonly DouyinError AppKeyInvalid = new(40003, "非法的参数（平台校验）", "isv.app-id-invalid", "认证失败，app_key格式不正确，应为19位纯数字");
    public static readonly DouyinError TimestampInvalid = new(40003, "非法的参数（平台校验）", "isv.timestamp-invalid", "时间戳不合法");
    public static readonly DouyinError TimestampFormat = new(40003, "非法的参数（平台校验）", "isv.timestamp-format-error", "时间戳格式错误");
    public static readonly DouyinError CodeInvalid = new(50001, "平台处理失败", "dop.token-generate-failed:code-invalid", "生成token失败，code参数不正确，请引导商家重新授权获取code");
    public static readonly DouyinError RefreshInvalid = new(50001, "平台处理失败", "dop.token-generate-failed:token-invalid", "生成token失败，token不存在");
    public static readonly DouyinError GrantTypeInvalid = new(50001, "平台处理失败", "dop.token-generate-failed:grant-type-invalid", "生成token失败，grant_type参数取值不正确，请参照文档根据应用类型填写不同的值");
    public static readonly DouyinError CallLimited = new(60000, "触发限流，请稍后重试", "isv.app-call-limited", "调用频率超过限制");
    public static readonly DouyinError UnknownMethod = new(70000, "接口服务已下线", "isp.api-service-off", "API不存在或API已下线");

    public static DouyinError Missing(string name) => new(40001, "缺少必选参数（平台校验）", "isv.parameter-missing", $"缺少参数:{name}");

    public static DouyinError Invalid(string name, string detail) => new(40003, "非法的参数（平台校验）", "isv.parameter-invalid", $"参数{name}不合法:{detail}");

    public static DouyinError BusinessMissing(string name) => new(40002, "缺少必选参数（业务校验）", "isv.business-parameter-missing", $"缺少参数:{name}");

    public static DouyinError BusinessInvalid(string detail) => new(40004, "非法的参数（业务校验）", "isv.business-parameter-invalid", detail);

    public static DouyinError BusinessFailed(string detail) => new(50002, "业务处理失败", "isv.business-failed", detail);
}
