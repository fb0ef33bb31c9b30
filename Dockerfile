# Build stage: restore, then publish the web app in Release.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Ecomuna.Core/Ecomuna.Core.csproj src/Ecomuna.Core/
COPY src/Ecomuna.Web/Ecomuna.Web.csproj src/Ecomuna.Web/
RUN dotnet restore src/Ecomuna.Web/Ecomuna.Web.csproj
COPY src/ src/
RUN dotnet publish src/Ecomuna.Web/Ecomuna.Web.csproj -c Release -o /app --no-restore

# Runtime stage: the ASP.NET Core runtime only, running as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DataDirectory=/var/lib/ecomuna
USER root
RUN mkdir -p /var/lib/ecomuna && chown app:app /var/lib/ecomuna
USER app
EXPOSE 8080
VOLUME /var/lib/ecomuna
ENTRYPOINT ["dotnet", "Ecomuna.Web.dll"]
