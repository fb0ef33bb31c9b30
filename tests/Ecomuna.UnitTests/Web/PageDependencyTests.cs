using System.Reflection;
using System.Reflection.Emit;

namespace Ecomuna.UnitTests.Web;

/// <summary>
/// Pages call into the features and the HTTP plumbing, never the other way round: no type of the web project outside
/// Ecomuna.Web.Pages (and outside the compiled views) may use a type inside it, in a signature or in a method body.
/// </summary>
public sealed class PageDependencyTests
{
    private const string PagesNamespace = "Ecomuna.Web.Pages";

    // The namespace of the classes the Razor compiler makes of the .cshtml files; they are pages too.
    private const string CompiledViewsNamespace = "AspNetCoreGeneratedDocument";

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    [Fact]
    public void NoTypeOutsidePages_UsesAPageType()
    {
        var web = typeof(Program).Assembly;
        var offences = web.GetTypes()
            .Where(type => !IsPage(type))
            .SelectMany(type => UsedTypes(type).Where(IsPage).Select(used => $"{type.FullName} uses {used.FullName}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offences.Count == 0, "Move what these use out of Pages (into the feature, or a web helper):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void TheCheck_SeesAPageTypeInAMethodBody()
    {
        // Guards the test above against passing because it sees nothing: a page type's own methods use page types.
        var pageModel = typeof(Program).Assembly.GetTypes().First(type => type.Namespace == PagesNamespace + ".Events" && type.Name == "DetailsModel");

        Assert.Contains(UsedTypes(pageModel), IsPage);
    }

    private static bool IsPage(Type type)
    {
        var outermost = type;
        while (outermost.DeclaringType is { } declaring)
        {
            outermost = declaring;
        }

        var ns = outermost.Namespace ?? "";
        return ns == PagesNamespace || ns.StartsWith(PagesNamespace + ".", StringComparison.Ordinal) || ns == CompiledViewsNamespace;
    }

    /// <summary>Every type named in the type's signatures and method bodies, with the type arguments and element types inside them.</summary>
    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(Declared).Select(field => field.FieldType));
        named.AddRange(type.GetProperties(Declared).Select(property => property.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                named.Add(info.ReturnType);
            }

            named.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
            named.AddRange(TypesInBody(method));
        }

        return named.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().Where(argument => !argument.IsGenericParameter).SelectMany(Unwrap))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The types whose methods, fields or tokens a method body refers to.</summary>
    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                switch (member)
                {
                    case Type used:
                        yield return used;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            yield return argument;
                        }

                        break;
                }
            }

            at += OperandSize(code, il, at);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
