import { LoginForm } from "@/components/login-form";

export default function LoginPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        登录 <span className="text-base font-normal text-stone-500">Log in</span>
      </h1>
      <p className="text-sm text-stone-600">
        上传和修改数据需要令牌:管理令牌(环境变量 ADMIN_TOKEN)或审核人自己的令牌(npm run reviewer -- add 姓名)。Uploading and editing need a token: the admin token (ADMIN_TOKEN) or a reviewer&apos;s own (npm run reviewer -- add name).
      </p>
      <LoginForm />
    </div>
  );
}
