import { describeEveryPage } from "./every-page";

describeEveryPage("zh-cn");
