@echo off
rem Runs the dti command on Windows with the JVM settings of the POSIX launcher (bin/dti, dti-examples/dti in the
rem repository; the reasons are in its comments):
rem - the serial collector (-XX:+UseSerialGC) and the quick compiler only (-XX:TieredStopAtLevel=1);
rem - the JVM's own messages (warnings only) on standard error, never in the CSV on standard output;
rem - an application class-data archive in %LOCALAPPDATA%\dti\, one per java version and jar path, when the java is
rem   version 19 or later: the JVM writes it at the exit of the first run, checks it at every later run and writes it
rem   again when the jar or the java changed (-XX:+AutoCreateSharedArchive). Java 17 and 18 run without it. Runs that
rem   only print help or the version do not use it. DTI_CDS=off turns it off.
rem Extra JVM options go in DTI_JAVA_OPTS (after the launcher's, so they win); JAVA picks another java, else
rem JAVA_HOME's, else the java on the PATH. The jar is ..\lib\dti.jar (the distribution, where this file is
rem bin\dti.cmd) or target\dti.jar (the repository, where it is dti-examples\dti.cmd). The command's hints name this
rem file as it was invoked (-Ddti.program).
rem No parenthesised blocks below: a path with a parenthesis, such as C:\Program Files (x86)\, would end them.
setlocal
set "DTI_HERE=%~dp0"
set "DTI_PROGRAM=%~0"
set "DTI_JAR=%DTI_HERE%..\lib\dti.jar"
if not exist "%DTI_JAR%" set "DTI_JAR=%DTI_HERE%target\dti.jar"
if exist "%DTI_JAR%" goto :have_jar
>&2 echo dti: no dti.jar in "%DTI_HERE%..\lib" (the distribution) or "%DTI_HERE%target" (the repository); in the repository, build it first: mvn -B -q package -DskipTests
exit /b 1

:have_jar
set "DTI_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "DTI_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA set "DTI_JAVA=%JAVA%"

rem The class-data archive: none when turned off, for help and version runs, or when the java's version is unknown
rem or below 19.
set "DTI_CDS_OPTS="
if /i "%DTI_CDS%"=="off" goto :run
if not defined LOCALAPPDATA goto :run
call :is_help %*
if not errorlevel 1 goto :run
rem the java's folder: the file JAVA or JAVA_HOME names, else the first java.exe on the PATH
set "DTI_JAVA_BIN="
for %%J in ("%DTI_JAVA%") do if exist "%%~fJ" if not exist "%%~fJ\" set "DTI_JAVA_BIN=%%~dpJ"
for %%J in ("%DTI_JAVA%.exe" "%DTI_JAVA%") do if not defined DTI_JAVA_BIN set "DTI_JAVA_BIN=%%~dp$PATH:J"
if not defined DTI_JAVA_BIN goto :run
if not exist "%DTI_JAVA_BIN%..\release" goto :run
set "DTI_JAVA_VERSION="
for /f "usebackq tokens=1,* delims==" %%A in ("%DTI_JAVA_BIN%..\release") do if "%%A"=="JAVA_VERSION" set "DTI_JAVA_VERSION=%%~B"
if not defined DTI_JAVA_VERSION goto :run
set "DTI_JAVA_FEATURE=0"
for /f "tokens=1 delims=.-+" %%V in ("%DTI_JAVA_VERSION%") do set /a "DTI_JAVA_FEATURE=%%V" 2>nul
if %DTI_JAVA_FEATURE% LSS 19 goto :run
set "DTI_CDS_DIR=%LOCALAPPDATA%\dti"
if not exist "%DTI_CDS_DIR%\" mkdir "%DTI_CDS_DIR%" 2>nul
if not exist "%DTI_CDS_DIR%\" goto :run
rem a folder that is a link or junction (attribute l) is not used
for %%D in ("%DTI_CDS_DIR%") do set "DTI_CDS_ATTR=%%~aD"
if not "%DTI_CDS_ATTR:l=%"=="%DTI_CDS_ATTR%" goto :run
for %%J in ("%DTI_JAR%") do set "DTI_KEY=%%~fJ"
set "DTI_KEY=%DTI_KEY:\=_%"
set "DTI_KEY=%DTI_KEY::=%"
set "DTI_KEY=%DTI_KEY: =_%"
set "DTI_CDS_OPTS="-XX:SharedArchiveFile=%DTI_CDS_DIR%\dti-%DTI_JAVA_VERSION%-%DTI_KEY%.jsa" -XX:+AutoCreateSharedArchive"

:run
"%DTI_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr "-Xlog:cds*=off:stderr" %DTI_CDS_OPTS% "-Ddti.program=%DTI_PROGRAM%" %DTI_JAVA_OPTS% -jar "%DTI_JAR%" %*
exit /b %ERRORLEVEL%

rem Exit status 0 when an argument asks only for help or the version (-h, --help, -V, --version, help), else 1.
:is_help
if "%~1"=="" exit /b 1
if "%~1"=="-h" exit /b 0
if "%~1"=="--help" exit /b 0
if "%~1"=="-V" exit /b 0
if "%~1"=="--version" exit /b 0
if "%~1"=="help" exit /b 0
shift
goto :is_help
