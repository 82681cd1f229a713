import { scriptPolicyTests } from "../script-policy";

scriptPolicyTests();
