# syntax=docker/dockerfile:1
# One recipe for the hub programs; PROJECT picks which one the image runs:
#   docker build --build-arg PROJECT=Hub.Api        -t hub-api .
#   docker build --build-arg PROJECT=Hub.Workers    -t hub-workers .
#   docker build --build-arg PROJECT=Hub.Simulators.Host -t hub-simulators .
#   docker build --build-arg PROJECT=Hub.Embedded   -t hub-embedded .   (the all-in-one demo)
# Arguments given to the container (compose `command:`) go to the program, e.g. --urls http://0.0.0.0:8080.
ARG PROJECT=Hub.Api

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
ENV DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
WORKDIR /src
RUN case "$PROJECT" in Hub.Api|Hub.Workers|Hub.Simulators.Host|Hub.Embedded) ;; \
      *) echo "PROJECT must be Hub.Api, Hub.Workers, Hub.Simulators.Host or Hub.Embedded, not '$PROJECT'" >&2; exit 1 ;; esac
# Directory.Build.props / Directory.Packages.props (central versions) and every project the chosen one references.
COPY . .
RUN --mount=type=cache,id=hub-nuget,target=/root/.nuget/packages \
    dotnet publish "src/$PROJECT/$PROJECT.csproj" -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
ARG PROJECT
ENV HUB_PROGRAM=$PROJECT
WORKDIR /app
COPY --from=build /app .
# The non-root user the .NET images provide (UID 1654); the programs write nothing to disk in production.
# Files mounted into the container, such as the report-signing key (Signing__CurrentKeyPath), must be readable by it.
USER $APP_UID
# The aspnet image sets ASPNETCORE_HTTP_PORTS=8080, which the programs listen on unless given Urls.
EXPOSE 8080
# exec: dotnet becomes PID 1 and receives SIGTERM for a graceful stop.
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"/app/$HUB_PROGRAM.dll\" \"$@\"", "hub"]
