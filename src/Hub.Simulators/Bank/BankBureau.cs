namespace Hub.Simulators.Bank;

public static class BankBureau
{
    public static RouteGroupBuilder MapBankBureau(this RouteGroupBuilder group) => group;
}
