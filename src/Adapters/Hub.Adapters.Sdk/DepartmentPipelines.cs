using Polly;

namespace Hub.Adapters.Sdk;

/// <summary>One source's pipelines (see <see cref="DepartmentResilience"/>): around the whole call, and around each attempt.</summary>
public sealed record DepartmentPipelines(ResiliencePipeline<HttpResponseMessage> Query, ResiliencePipeline<HttpResponseMessage> Attempt);
